using WorkshopAdvisor.Domain.Guarantees;

namespace WorkshopAdvisor.Domain.RepairOrders;

public sealed partial class RepairOrder
{
    /// <summary>
    /// The conditions on the order, beyond its status, without which an action is refused whoever asks and however:
    /// the same ones its method checks, asked before rather than after. Domain tests hold the two in step: an offered
    /// action succeeds, one not offered is refused.
    /// </summary>
    private bool CanNow(OrderAction action) => action switch
    {
        OrderAction.IssueEstimate => Diagnosis is { Findings.Count: > 0 },
        OrderAction.RecordCustomerDecision => PendingVersion is not null,
        OrderAction.SignWorkOrder => ContractVersion is not null,
        OrderAction.DispatchJob => _jobs.Any(j => j.Status is JobStatus.Waiting or JobStatus.Paused),
        OrderAction.StartJob => WorkOrderSigned && _jobs.Any(j => j.Status is JobStatus.Waiting or JobStatus.Paused && j.TechnicianId is not null),
        OrderAction.PauseJob or OrderAction.FinishJob => _jobs.Any(j => j.Status == JobStatus.InProgress),
        OrderAction.DeclineExtraFault => _extraFaults.Any(f => StatusOf(f) == ExtraFaultStatus.Reported),
        OrderAction.RecordDelayNotice => PromisedCompletionAt is not null,
        OrderAction.RecordFinalInspection => !_extraFaults.Any(f => StatusOf(f) is ExtraFaultStatus.Reported or ExtraFaultStatus.Estimated),
        OrderAction.HandOver => Category is { } category && (!category.IsMajor() || CompletionCertificate is not null)
            && WarrantyReturn is not { Cause: null } && WorkOrderSigned,
        OrderAction.AttributeWarrantyCause => WarrantyReturn is not null,
        OrderAction.OverrideGuarantee => WarrantyReturn is { InsideGuarantee: false },
        _ => true,
    };
}
