namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>What a person can do to a repair order; each is one method of <see cref="RepairOrder"/>.</summary>
public enum OrderAction
{
    RecordDiagnosis,
    IssueEstimate,
    RecordCustomerDecision,
    SignWorkOrder,
    OverrideSignature,
    DispatchJob,
    StartJob,
    PauseJob,
    FinishJob,
    ReportExtraFault,
    DeclineExtraFault,
    IssueSupplementaryEstimate,
    RecordDelayNotice,
    RecordFinalInspection,
    IssueCompletionCertificate,
    ApproveDiscount,
    HandOver,
    Cancel,
    AttributeWarrantyCause,
    OverrideGuarantee,
}
