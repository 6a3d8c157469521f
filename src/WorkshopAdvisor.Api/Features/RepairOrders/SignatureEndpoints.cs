using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>A signature drawn on a pad, as a PNG (base64, optionally as a data: URL).</summary>
public sealed record SignatureRequest(string? SignerName, string? ImagePng);

/// <summary>A photo or scan (PNG or JPEG) of the work order signed on paper by the customer and the advisor.</summary>
public sealed record PaperSignatureRequest(string? CustomerName, string? Image);

public sealed record SignatureOverrideRequest(string? Reason);

/// <summary>
/// The signatures the order needs (ADR 0062): the customer's and the advisor's on the work order before any job
/// starts, drawn on the pad, through the customer's link, or on paper with a photo attached; the customer's
/// acceptance at handover; and the service manager's override of a missing one, with the reason.
/// </summary>
public static class SignatureEndpoints
{
    public static void MapSignatures(this RouteGroupBuilder orders)
    {
        orders.MapPut("/{id:long}/signatures/{party}", Sign).RequireAuthorization(Policies.FrontDesk)
            .WithSummary("The advisor's or the customer's signature on the work order, drawn on the pad (a PNG); it keeps the address and engine number the work order states.");

        orders.MapPost("/{id:long}/signatures/paper", SignOnPaper).RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Attaches a photo or scan of the work order signed on paper (PNG or JPEG): it counts as the customer's and the advisor's signatures.");

        orders.MapPost("/{id:long}/signatures/{party}/override", Override).RequireAuthorization(Policies.Manager)
            .WithSummary("The service manager lets the order go on without the advisor's, the customer's or the acceptance signature, with the reason (audited, printed).");

        orders.MapGet("/{id:long}/signatures/{party}", async (long id, string party, OrderStore store, CancellationToken ct) =>
        {
            var signer = Party(party);
            var order = await store.LoadAsync(id, ct, tracking: false);
            var signature = order.Signatures.SingleOrDefault(s => s.Party == signer) ?? throw new NotFoundException($"Order {order.Number} has no {signer} signature.");
            var imageId = signature.ImageId ?? throw new NotFoundException($"The {signer} signature of order {order.Number} was overridden by the manager: there is no image.");
            var image = await store.Db.SignatureImages.AsNoTracking().SingleAsync(i => i.Id == imageId, ct);
            return Results.File(image.Image, image.ContentType);
        }).RequireAuthorization(Policies.Staff).WithSummary("The signature image, or the photo of the signed paper.");
    }

    private static async Task<RepairOrderResponse> Sign(long id, string party, SignatureRequest request, HttpContext http, OrderStore store, TimeProvider clock, CancellationToken ct)
    {
        var signer = Party(party);
        if (signer == SignatureParty.Acceptance)
        {
            throw new NotFoundException("The customer's acceptance is signed with the handover (acceptanceSignaturePng).");
        }
        var image = SignatureImages.Drawn(request.ImagePng, "imagePng", clock.GetUtcNow().UtcDateTime);
        var signerName = signer == SignatureParty.Advisor ? http.User.Staff().Name : request.SignerName;
        return await store.ActAsync(http, id, async (o, now) =>
        {
            o.SignWorkOrder(signer, signerName, image.Id, SignatureMethod.InPerson, await SignatureImages.ParticularsAsync(store.Db, o, ct), now);
            store.Db.SignatureImages.Add(image);
        }, ct);
    }

    private static async Task<RepairOrderResponse> SignOnPaper(long id, PaperSignatureRequest request, HttpContext http, OrderStore store, TimeProvider clock, CancellationToken ct)
    {
        var scan = SignatureImages.OfPaper(request.Image, "image", clock.GetUtcNow().UtcDateTime);
        return await store.ActAsync(http, id, async (o, now) =>
        {
            var particulars = await SignatureImages.ParticularsAsync(store.Db, o, ct);
            o.SignWorkOrder(SignatureParty.Customer, request.CustomerName, scan.Id, SignatureMethod.Paper, particulars, now);
            o.SignWorkOrder(SignatureParty.Advisor, http.User.Staff().Name, scan.Id, SignatureMethod.Paper, particulars, now);
            store.Db.SignatureImages.Add(scan);
        }, ct);
    }

    private static Task<RepairOrderResponse> Override(long id, string party, SignatureOverrideRequest request, HttpContext http, OrderStore store, CancellationToken ct)
    {
        var signer = Party(party);
        return store.ActAsync(http, id, async (o, now) =>
            o.OverrideSignature(signer, request.Reason, http.User.Staff(), await SignatureImages.ParticularsAsync(store.Db, o, ct), now), ct);
    }

    /// <summary>"advisor", "customer" or "acceptance", as in the URL.</summary>
    private static SignatureParty Party(string party) =>
        Enum.TryParse<SignatureParty>(party, ignoreCase: true, out var p) && Enum.IsDefined(p)
            ? p
            : throw new NotFoundException($"No signature party '{party}': use advisor, customer or acceptance.");
}
