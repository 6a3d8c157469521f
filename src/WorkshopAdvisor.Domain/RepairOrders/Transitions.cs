using WorkshopAdvisor.Domain.Common;
using static WorkshopAdvisor.Domain.RepairOrders.OrderStatus;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>One row of the state machine: an action allowed in a status, and the statuses it may lead to.</summary>
public sealed record Transition(OrderAction Action, OrderStatus From, IReadOnlyList<OrderStatus> To)
{
    /// <summary>Whether the action may leave the order in the status it was in.</summary>
    public bool MayStay => To.Contains(From);
}

/// <summary>
/// The one table of which action is allowed in which status, and where it may lead. Where exactly an
/// action leads can depend on what the person decided (a decision with no approved line leads to
/// <see cref="EstimateDeclined"/>); the methods of <see cref="RepairOrder"/> choose among the statuses
/// listed here. docs/state-machine.md draws this table; tests keep the methods, the table and the drawing
/// in step.
/// </summary>
public static class Transitions
{
    public static readonly IReadOnlyList<Transition> Table =
    [
        .. Rows(OrderAction.RecordDiagnosis, [Received, AwaitingApproval, EstimateDeclined], stays: true),
        .. Rows(OrderAction.IssueEstimate, [Received, AwaitingApproval, EstimateDeclined, Approved], to: [AwaitingApproval]),
        new(OrderAction.RecordCustomerDecision, AwaitingApproval, [Approved, EstimateDeclined, AwaitingInspection]),
        new(OrderAction.RecordCustomerDecision, InProgress, [InProgress, AwaitingInspection]),
        .. Rows(OrderAction.SignWorkOrder, [Approved, InProgress, AwaitingInspection, ReadyForHandover], stays: true),
        .. Rows(OrderAction.OverrideSignature, [Approved, InProgress, AwaitingInspection, ReadyForHandover], stays: true),
        .. Rows(OrderAction.DispatchJob, [Approved, InProgress], stays: true),
        new(OrderAction.StartJob, Approved, [InProgress]),
        new(OrderAction.StartJob, InProgress, [InProgress]),
        new(OrderAction.PauseJob, InProgress, [InProgress]),
        new(OrderAction.FinishJob, InProgress, [InProgress, AwaitingInspection]),
        .. Rows(OrderAction.ReportExtraFault, [InProgress, AwaitingInspection], stays: true),
        .. Rows(OrderAction.DeclineExtraFault, [InProgress, AwaitingInspection], stays: true),
        .. Rows(OrderAction.IssueSupplementaryEstimate, [InProgress, AwaitingInspection], to: [InProgress]),
        .. Rows(OrderAction.RecordDelayNotice, [AwaitingApproval, EstimateDeclined, Approved, InProgress, AwaitingInspection], stays: true),
        new(OrderAction.RecordFinalInspection, AwaitingInspection, [ReadyForHandover, InProgress]),
        new(OrderAction.IssueCompletionCertificate, ReadyForHandover, [ReadyForHandover]),
        .. Rows(OrderAction.ApproveDiscount, [Approved, InProgress, AwaitingInspection, ReadyForHandover], stays: true),
        new(OrderAction.HandOver, ReadyForHandover, [HandedOver]),
        .. Rows(OrderAction.Cancel, [Received, AwaitingApproval, EstimateDeclined, Approved], to: [Cancelled]),
        .. Rows(OrderAction.AttributeWarrantyCause, [Received, AwaitingApproval, EstimateDeclined, Approved, InProgress, AwaitingInspection, ReadyForHandover], stays: true),
        .. Rows(OrderAction.OverrideGuarantee, [Received, AwaitingApproval, EstimateDeclined, Approved, InProgress, AwaitingInspection, ReadyForHandover], stays: true),
    ];

    public static readonly IReadOnlyDictionary<OrderAction, OrderStatus[]> AllowedFrom =
        Table.GroupBy(t => t.Action).ToDictionary(g => g.Key, g => g.Select(t => t.From).ToArray());

    public static bool IsAllowed(OrderAction action, OrderStatus status) => Find(action, status) is not null;

    public static Transition? Find(OrderAction action, OrderStatus status) =>
        Table.SingleOrDefault(t => t.Action == action && t.From == status);

    public static IReadOnlyList<OrderAction> AllowedIn(OrderStatus status) =>
        Table.Where(t => t.From == status).Select(t => t.Action).ToArray();

    public static void Require(OrderAction action, OrderStatus status)
    {
        if (!IsAllowed(action, status))
        {
            throw new StatusConflictException(action.ToString(), status.ToString(), AllowedIn(status).Select(a => a.ToString()).ToArray());
        }
    }

    private static IEnumerable<Transition> Rows(OrderAction action, OrderStatus[] from, OrderStatus[]? to = null, bool stays = false) =>
        from.Select(f => new Transition(action, f, stays ? [f] : to!));
}
