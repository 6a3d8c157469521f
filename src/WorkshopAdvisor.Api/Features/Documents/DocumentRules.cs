using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// Which document exists at which stage. A document asked for too early is refused (409
/// document-not-available) with the order's status and what has to happen first: printing a
/// settlement before handover, or a work order nobody approved, would put a false paper in the
/// customer's hands.
/// </summary>
public static class DocumentRules
{
    public const string Rule = "document-not-available";

    private static readonly OrderStatus[] Approved =
        [OrderStatus.Approved, OrderStatus.InProgress, OrderStatus.AwaitingInspection, OrderStatus.ReadyForHandover, OrderStatus.HandedOver];

    /// <summary>The work order is the approved initial estimate: there is one from the customer's approval on.</summary>
    public static EstimateVersion RequireWorkOrder(RepairOrder order)
    {
        if (Approved.Contains(order.Status) && order.ContractVersion is { } contract)
        {
            return contract;
        }
        var first = order.Status switch
        {
            OrderStatus.Received => "issue an estimate and record the customer's approval first",
            OrderStatus.AwaitingApproval => $"record the customer's decision on estimate version {order.PendingVersion?.Number} first",
            OrderStatus.EstimateDeclined => "the customer declined every line; issue a revised estimate and record their approval first",
            _ => "a cancelled order has no work order in force",
        };
        throw Refuse(order, "work order (托修单)", first);
    }

    public static Settlement RequireSettlement(RepairOrder order) =>
        order.Settlement ?? throw Refuse(order, "settlement list (结算清单)", order.Status == OrderStatus.Cancelled
            ? "a cancelled order is not settled"
            : "the settlement is made at handover; hand the car over first");

    public static CompletionCertificate RequireCompletionCertificate(RepairOrder order)
    {
        if (order.CompletionCertificate is { } certificate)
        {
            return certificate;
        }
        var first = order.Category switch
        {
            null => "nothing has been approved yet, and only major work (整车修理, 总成修理, 二级维护) gets a certificate",
            { } c when !c.IsMajor() => $"{c} is not major work: only vehicle overhaul, assembly repair and level-2 maintenance get a certificate",
            _ when order.Status == OrderStatus.ReadyForHandover => "the inspector has not issued it yet",
            _ => "the inspector issues it after the final inspection has passed",
        };
        throw Refuse(order, "completion certificate (竣工出厂合格证)", first);
    }

    private static RuleViolationException Refuse(RepairOrder order, string document, string first) =>
        new(Rule, $"No {document} for order {order.Number}: it is {order.Status}; {first}.");
}
