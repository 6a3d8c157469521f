using WorkshopAdvisor.Domain.Common;
using static WorkshopAdvisor.Domain.RepairOrders.OrderStatus;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// The one table of which action is allowed in which status. Where an action leads depends on what
/// the person decided (a decision with no approved line leads to <see cref="EstimateDeclined"/>), so the
/// methods of <see cref="RepairOrder"/> set the next status; this table says only where each may start.
/// docs/state-machine.md draws it; a test keeps the two in step.
/// </summary>
public static class Transitions
{
    private static readonly OrderStatus[] BeforeWork = [Received, AwaitingApproval, EstimateDeclined, Approved];
    private static readonly OrderStatus[] Open = [Received, AwaitingApproval, EstimateDeclined, Approved, InProgress, AwaitingInspection, ReadyForHandover];

    public static readonly IReadOnlyDictionary<OrderAction, OrderStatus[]> AllowedFrom = new Dictionary<OrderAction, OrderStatus[]>
    {
        [OrderAction.RecordDiagnosis] = [Received, AwaitingApproval, EstimateDeclined],
        [OrderAction.IssueEstimate] = BeforeWork,
        [OrderAction.RecordCustomerDecision] = [AwaitingApproval, InProgress],
        [OrderAction.SignWorkOrder] = [Approved, InProgress, AwaitingInspection, ReadyForHandover],
        [OrderAction.DispatchJob] = [Approved, InProgress],
        [OrderAction.StartJob] = [Approved, InProgress],
        [OrderAction.PauseJob] = [InProgress],
        [OrderAction.FinishJob] = [InProgress],
        [OrderAction.ReportExtraFault] = [InProgress, AwaitingInspection],
        [OrderAction.IssueSupplementaryEstimate] = [InProgress, AwaitingInspection],
        // Not from Received: only an estimate promises a completion time, so there is nothing to delay yet.
        [OrderAction.RecordDelayNotice] = [AwaitingApproval, EstimateDeclined, Approved, InProgress, AwaitingInspection],
        [OrderAction.RecordFinalInspection] = [AwaitingInspection],
        [OrderAction.IssueCompletionCertificate] = [ReadyForHandover],
        [OrderAction.HandOver] = [ReadyForHandover],
        [OrderAction.Cancel] = BeforeWork,
        [OrderAction.AttributeWarrantyCause] = Open,
        [OrderAction.OverrideGuarantee] = Open,
    };

    public static bool IsAllowed(OrderAction action, OrderStatus status) => AllowedFrom[action].Contains(status);

    public static IReadOnlyList<OrderAction> AllowedIn(OrderStatus status) =>
        AllowedFrom.Where(kv => kv.Value.Contains(status)).Select(kv => kv.Key).ToArray();

    public static void Require(OrderAction action, OrderStatus status)
    {
        if (!IsAllowed(action, status))
        {
            throw new StatusConflictException(action.ToString(), status.ToString(), AllowedIn(status).Select(a => a.ToString()).ToArray());
        }
    }
}
