using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record WarrantyCauseRequest(WarrantyCause? Cause, string? Notes);

public sealed record GuaranteeOverrideRequest(string? Reason);

/// <summary>返修: the cause of a warranty return, and the manager's goodwill for one out of guarantee.</summary>
public static class WarrantyEndpoints
{
    public static void MapWarranty(this RouteGroupBuilder orders)
    {
        orders.MapPost("/{id:long}/warranty-cause", (long id, WarrantyCauseRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, now) => o.AttributeWarrantyCause(
                request.Cause ?? throw new InvalidValueException("cause", "is required: Workmanship, Parts or CustomerUse"), request.Notes, http.User.Staff(), now), ct))
            .RequireAuthorization(Policies.WarrantyCause)
            .WithSummary("Attributes the cause of a warranty return: workmanship or parts (free to the customer) or customer use (within 3 days).");

        orders.MapPost("/{id:long}/guarantee-override", (long id, GuaranteeOverrideRequest request, HttpContext http, OrderStore store, CancellationToken ct) =>
            store.ActAsync(http, id, (o, _) => o.OverrideGuarantee(request.Reason, http.User.Staff()), ct))
            .RequireAuthorization(Policies.Manager)
            .WithSummary("The service manager accepts an out-of-guarantee return as covered (goodwill), with the reason.");
    }
}
