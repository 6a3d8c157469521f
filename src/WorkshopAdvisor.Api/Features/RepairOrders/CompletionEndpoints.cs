using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
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
    string? CompletionCertificateNumber)
{
    public FinalInspectionInput ToInput() => new(JobChecks ?? [], SteeringOk, BrakesOk, ConnectionsTight, AccessoriesComplete, RoadTestRequired,
        RoadTestPassed, Remarks, CompletionCertificateNumber);
}

public sealed record CertificateRequest(string? Number);

public sealed record HandoverRequest(decimal? Discount, decimal? AmountPaid, string? PaymentMethod, string? AcceptedBy);

public sealed record CancellationRequest(string? Reason);

/// <summary>总检, 竣工出厂合格证, 交车 and closing an order without work.</summary>
public static class CompletionEndpoints
{
    public static void MapCompletion(this RouteGroupBuilder orders)
    {
        orders.MapPost("/{id:long}/final-inspection", (long id, FinalInspectionRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.RecordFinalInspection(request.ToInput(), http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.Inspect)
            .WithSummary("Records a round of final inspection: a pass readies the car for handover, a fail sends the named jobs back for rework.");

        orders.MapPost("/{id:long}/completion-certificate", (long id, CertificateRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.IssueCompletionCertificate(request.Number, http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.Inspect).WithSummary("Issues the completion certificate (竣工出厂合格证) needed to hand over after major work.");

        orders.MapPost("/{id:long}/handover", (long id, HandoverRequest request, HttpContext http, OrderStore store, ShopCalendar calendar, CancellationToken ct) =>
            store.ActAsync(http, id, async (o, now) =>
            {
                var settlementNumber = await ShopNumbers.NextAsync(store.Db, calendar, "JS", ct);
                o.HandOver(new HandoverInput(request.Discount ?? 0m, request.AmountPaid ?? 0m, request.PaymentMethod, request.AcceptedBy), settlementNumber, http.User.Staff(), now);
            }, ct, transactional: true))
            .RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Hands the car back: settles labour and parts, records payment and the customer's acceptance, and starts the quality guarantee.");

        orders.MapPost("/{id:long}/cancellation", (long id, CancellationRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.Cancel(request.Reason, now), ct))
            .RequireAuthorization(Policies.FrontDesk).WithSummary("Closes the order without work, with the reason.");
    }
}
