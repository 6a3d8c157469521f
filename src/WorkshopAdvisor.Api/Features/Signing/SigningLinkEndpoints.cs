using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Signing;

public sealed record SigningLinkResponse(string Url, DateTime ExpiresAt);

/// <summary>The advisor's side of remote signing: making the link, and seeing the signature that came back.</summary>
public static class SigningLinkEndpoints
{
    public static void MapSigningLinks(this RouteGroupBuilder orders)
    {
        orders.MapPost("/{id:long}/estimates/{version:int}/signing-link", CreateLink)
            .RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Makes a link for the customer to approve or decline this (pending) estimate version and sign on their phone; older links of the order stop working.");

        orders.MapGet("/{id:long}/estimates/{version:int}/signature", async (long id, int version, OrderStore store, CancellationToken ct) =>
        {
            var order = await store.LoadAsync(id, ct, tracking: false);
            var decision = order.Estimates.SingleOrDefault(v => v.Number == version)?.Decision;
            if (decision?.RemoteSignatureImageId is not { } imageId)
            {
                throw new NotFoundException($"Version {version} of order {order.Number} was not signed through a signing link.");
            }
            var image = await store.Db.SignatureImages.AsNoTracking().SingleAsync(i => i.Id == imageId, ct);
            return Results.File(image.Image, image.ContentType);
        }).RequireAuthorization(Policies.Staff).WithSummary("The signature the customer drew when deciding on this version through a signing link.");
    }

    private static async Task<IResult> CreateLink(long id, int version, HttpContext http, OrderStore store, ICurrentActor actor, TimeProvider clock,
        IOptions<SigningOptions> options, CancellationToken ct)
    {
        var order = await store.LoadAsync(id, ct, tracking: false);
        var now = clock.GetUtcNow().UtcDateTime;
        var (token, hash) = SigningTokens.New();
        var link = SigningLink.Create(order, version, hash, http.User.Staff(), now, TimeSpan.FromHours(options.Value.LinkHours));

        var older = await store.Db.SigningLinks.Where(l => l.RepairOrderId == id && l.UsedAt == null && l.RevokedAt == null).ToListAsync(ct);
        foreach (var previous in older)
        {
            previous.Revoke(now);
        }
        store.Db.SigningLinks.Add(link);
        store.Db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            ActorRole = actor.Role,
            EntityType = nameof(RepairOrder),
            EntityId = order.Id,
            Action = "CreateSigningLink",
            FromState = order.Status.ToString(),
            ToState = order.Status.ToString(),
            Details = string.Create(CultureInfo.InvariantCulture, $"version {version}, expires {link.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}; {older.Count} older link(s) revoked"),
        });
        await store.Db.SaveChangesAsync(ct);

        // The token is in the body only: not in a Location header, and never cached on the way.
        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new SigningLinkResponse($"{BaseUrl(http, options.Value)}/sign/{token}", link.ExpiresAt));
    }

    private static string BaseUrl(HttpContext http, SigningOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : options.PublicBaseUrl.TrimEnd('/');
}
