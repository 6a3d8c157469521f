using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record FinalInspectionRequest(
    IReadOnlyList<JobCheckInput>? JobChecks,
    bool SteeringOk,
    bool BrakesOk,
    bool ConnectionsTight,
    bool AccessoriesComplete,
    bool RoadTestRequired,
    bool? RoadTestPassed,
    string? Remarks,
    string? CompletionCertificateNumber,
    int? OdometerKm)
{
    public FinalInspectionInput ToInput() => new(JobChecks ?? [], SteeringOk, BrakesOk, ConnectionsTight, AccessoriesComplete, RoadTestRequired,
        RoadTestPassed, Remarks, CompletionCertificateNumber, OdometerKm);
}

public sealed record CertificateRequest(string? Number);

/// <summary>
/// The settlement as agreed at the counter: the accessories of the reception list counted back, the customer's signature of
/// acceptance (drawn on the pad, or a photo of the signed paper with <c>acceptanceSignedOnPaper</c>), and <c>odometerKm</c>
/// only if the car moved since final inspection (a road test with the customer).
/// </summary>
public sealed record HandoverRequest(decimal? Discount, decimal? AmountPaid, string? PaymentMethod, string? AcceptedBy, int? OdometerKm,
    IReadOnlyList<AccessoryRequest>? Accessories, string? AcceptanceSignaturePng, bool AcceptanceSignedOnPaper);

public sealed record DiscountApprovalRequest(decimal? Amount, string? Reason);

public sealed record CancellationRequest(string? Reason);

/// <summary>总检, 竣工出厂合格证, 交车 and closing an order without work.</summary>
public static class CompletionEndpoints
{
    public static void MapCompletion(this RouteGroupBuilder orders)
    {
        orders.MapPost("/{id:long}/final-inspection", (long id, FinalInspectionRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, async (o, now) =>
            {
                var round = o.RecordFinalInspection(request.ToInput(), http.User.Staff(), now);
                await RecordOdometerAsync(store, o, round.OdometerKm!.Value, now, ct);
            }, ct))
            .RequireAuthorization(Policies.Inspect)
            .WithSummary("Records a round of final inspection: a pass readies the car for handover, a fail sends the named jobs back for rework.");

        orders.MapPost("/{id:long}/completion-certificate", (long id, CertificateRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.IssueCompletionCertificate(request.Number, http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.Inspect).WithSummary("Issues the completion certificate (竣工出厂合格证) needed to hand over after major work.");

        orders.MapPost("/{id:long}/discount-approval", (long id, DiscountApprovalRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.ApproveDiscount(request.Amount ?? throw new InvalidValueException("amount", "is required"), request.Reason, http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.Manager)
            .WithSummary("The service manager approves a discount up to an amount, above the share the front desk may give alone (Shop:DiscountShareWithoutApproval).");

        orders.MapPost("/{id:long}/handover", HandOver)
            .RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Hands the car back: settles labour and parts, records payment and the customer's acceptance, and starts the quality guarantee (calendar days in the shop's time zone, km from the odometer as the car leaves).");

        orders.MapPost("/{id:long}/cancellation", (long id, CancellationRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.Cancel(request.Reason, now), ct))
            .RequireAuthorization(Policies.FrontDesk).WithSummary("Closes the order without work, with the reason.");
    }

    private static Task<RepairOrderResponse> HandOver(long id, HandoverRequest request, HttpContext http, OrderStore store, ShopCalendar calendar, ShopPolicy policy,
        CancellationToken ct)
    {
        var acceptance = request.AcceptanceSignaturePng is null ? null
            : request.AcceptanceSignedOnPaper ? SignatureImages.OfPaper(request.AcceptanceSignaturePng, "acceptanceSignaturePng", calendar.UtcNow)
            : SignatureImages.Drawn(request.AcceptanceSignaturePng, "acceptanceSignaturePng", calendar.UtcNow);
        IReadOnlyList<Accessory>? returned = request.Accessories is null ? null : [.. request.Accessories.Select(a => new Accessory(a.Name ?? string.Empty, a.Count))];
        return store.ActAsync(http, id, async (o, now) =>
        {
            var settlementNumber = await ShopNumbers.NextAsync(store.Db, calendar, "JS", ct);
            o.HandOver(new HandoverInput(request.Discount ?? 0m, request.AmountPaid ?? 0m, request.PaymentMethod, request.AcceptedBy, request.OdometerKm, returned,
                acceptance is null ? null : new AcceptanceSignature(acceptance.Id, request.AcceptanceSignedOnPaper)), settlementNumber, http.User.Staff(), policy, now);
            if (acceptance is not null)
            {
                store.Db.SignatureImages.Add(acceptance);
            }
            await RecordOdometerAsync(store, o, o.Guarantee!.StartOdometerKm, now, ct);
        }, ct, transactional: true);
    }

    /// <summary>The vehicle's odometer follows the readings of the visit, so its card tells how many km of a guarantee are left.</summary>
    private static async Task RecordOdometerAsync(OrderStore store, RepairOrder order, int km, DateTime now, CancellationToken ct)
    {
        var vehicle = await store.Db.Vehicles.SingleAsync(v => v.Id == order.VehicleId, ct);
        if (km > vehicle.LastOdometerKm)
        {
            vehicle.RecordOdometer(km, now);
        }
    }
}
