using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>问诊, 估价, the customer's approval and the signed work order.</summary>
public static class EstimateEndpoints
{
    private const int MaxSignatureBytes = 512 * 1024;

    public static void MapEstimates(this RouteGroupBuilder orders)
    {
        orders.MapPut("/{id:long}/diagnosis", (long id, DiagnosisRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, _) => o.RecordDiagnosis(request.ToDetails()), ct))
            .RequireAuthorization(Policies.Diagnose).WithSummary("Records the structured diagnosis (问诊) and its findings.");

        orders.MapPost("/{id:long}/estimates", (long id, EstimateRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.IssueEstimate(request.ToInput(), http.User.Staff(), now), ct))
            .Validate<EstimateRequest>().RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Issues a new estimate version (估价单); a revision replaces the version before it and needs a new decision.");

        orders.MapPost("/{id:long}/supplementary-estimates", (long id, EstimateRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.IssueSupplementaryEstimate(
                request.ToInput(o.Category, o.PromisedCompletionAt), request.ExtraFaultNumbers ?? [], http.User.Staff(), now), ct))
            .Validate<EstimateRequest>().RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Prices extra work found in the workshop (增项单); it must be approved before that work starts.");

        orders.MapGet("/{id:long}/estimates/{version:int}", async (long id, int version, OrderStore store, CancellationToken ct) =>
        {
            var order = await store.LoadAsync(id, ct, tracking: false);
            var estimate = order.Estimates.SingleOrDefault(v => v.Number == version) ?? throw new NotFoundException($"Order {order.Number} has no estimate version {version}.");
            return Results.Ok(estimate.ToResponse(order.Id));
        }).RequireAuthorization(Policies.Staff).WithSummary("One estimate version with its lines and the decision on each.");

        orders.MapPost("/{id:long}/estimates/{version:int}/decision", (long id, int version, DecisionRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.RecordCustomerDecision(version, request.ContentHash, request.ApprovedLines ?? [], request.DeclinedLines ?? [],
                request.DecidedBy, DecisionMethod.InPerson, http.User.Staff(), null, now, request.ConsentedCeiling), ct))
            .Validate<DecisionRequest>().RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Records the customer's decision at the counter, line by line, on exactly this version (pass its contentHash to make sure).");

        orders.MapPut("/{id:long}/signatures/{party}", SignWorkOrder).RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Stores the advisor's or the customer's signature on the work order (a PNG drawn on a pad).");

        orders.MapGet("/{id:long}/signatures/{party}", async (long id, string party, OrderStore store, CancellationToken ct) =>
        {
            var signer = Party(party);
            var order = await store.LoadAsync(id, ct, tracking: false);
            var signature = order.Signatures.SingleOrDefault(s => s.Party == signer) ?? throw new NotFoundException($"Order {order.Number} has no {signer} signature.");
            var image = await store.Db.SignatureImages.AsNoTracking().SingleAsync(i => i.Id == signature.ImageId, ct);
            return Results.File(image.Png, "image/png");
        }).RequireAuthorization(Policies.Staff).WithSummary("The signature image.");
    }

    private static async Task<RepairOrderResponse> SignWorkOrder(long id, string party, SignatureRequest request, HttpContext http, OrderStore store, TimeProvider clock, CancellationToken ct)
    {
        var signer = Party(party);
        var png = DecodePng(request.ImagePng);
        var image = new SignatureImage { Id = Guid.CreateVersion7(), Png = png, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var signerName = signer == SignatureParty.Advisor ? http.User.Staff().Name : request.SignerName;
        return await store.ActAsync(http, id, (o, now) =>
        {
            o.SignWorkOrder(signer, signerName, image.Id, DecisionMethod.InPerson, now);
            store.Db.SignatureImages.Add(image);
        }, ct);
    }

    /// <summary>"advisor" or "customer", as in the URL.</summary>
    private static SignatureParty Party(string party) =>
        Enum.TryParse<SignatureParty>(party, ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : throw new NotFoundException($"No signature party '{party}': use advisor or customer.");

    /// <summary>Accepts plain base64 or a data URL from a canvas; only a real PNG of sensible size.</summary>
    public static byte[] DecodePng(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        const string prefix = "data:image/png;base64,";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[prefix.Length..];
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidValueException("imagePng", "must be a base64-encoded PNG");
        }
        ReadOnlySpan<byte> magic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length is 0 or > MaxSignatureBytes || !bytes.AsSpan().StartsWith(magic))
        {
            throw new InvalidValueException("imagePng", $"must be a PNG image of at most {MaxSignatureBytes / 1024} KB");
        }
        return bytes;
    }
}
