using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>问诊, 估价 and the customer's approval (the signatures are in <see cref="SignatureEndpoints"/>).</summary>
public static class EstimateEndpoints
{
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
    }
}
