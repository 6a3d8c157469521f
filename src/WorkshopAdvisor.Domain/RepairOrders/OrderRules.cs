namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// The names of the rules a repair order checks inside its actions, each once. A broken rule is a 409 whose
/// ProblemDetails <c>type</c> is <c>/problems/{name}</c>; docs/state-machine.md lists them with when they refuse.
/// </summary>
public static class OrderRules
{
    /// <summary>An estimate prices the diagnosis' findings: none recorded, nothing to price.</summary>
    public const string DiagnosisMissing = "diagnosis-missing";

    public const string VersionNotPending = "version-not-pending";

    /// <summary>The customer decided on other content than the version holds (hash mismatch).</summary>
    public const string EstimateChanged = "estimate-changed";

    public const string NoContract = "no-contract";

    public const string NoPromise = "no-promise";

    /// <summary>No job starts, and no car leaves, before the customer and the advisor signed the work order in force (or the manager overrode it).</summary>
    public const string WorkOrderUnsigned = "work-order-unsigned";

    /// <summary>The customer signs to accept the car at handover (托修方接车人), unless the manager overrode it.</summary>
    public const string AcceptanceSignatureMissing = "acceptance-signature-missing";

    /// <summary>A signature that was given is not overridden.</summary>
    public const string AlreadySigned = "already-signed";

    /// <summary>Every extra fault the workshop reported is approved (supplementary estimate) or declined before final inspection.</summary>
    public const string ExtraFaultUndecided = "extra-fault-undecided";

    /// <summary>An extra fault priced on a pending supplementary estimate, or already decided, is not declined on its own.</summary>
    public const string ExtraFaultNotOpen = "extra-fault-not-open";

    /// <summary>Work on brakes, steering or suspension is road-tested at final inspection.</summary>
    public const string RoadTestRequired = "road-test-required";

    /// <summary>Every accessory handed over at reception is back, in number, at handover.</summary>
    public const string AccessoriesMissing = "accessories-missing";

    /// <summary>Approving would take the charges over the ceiling the customer agreed to (最高不超过) without their consent to a new one.</summary>
    public const string CeilingExceeded = "ceiling-exceeded";

    /// <summary>Major work (整车/总成修理, 二级维护) leaves only with the inspector's 竣工出厂合格证.</summary>
    public const string CompletionCertificateMissing = "completion-certificate-missing";

    public const string WarrantyCauseMissing = "warranty-cause-missing";

    /// <summary>A discount above the share the front desk may give needs the service manager's approval first.</summary>
    public const string DiscountNeedsApproval = "discount-needs-approval";

    /// <summary>A return the shop answers for (its workmanship, or a repair that failed twice) is never charged to the customer.</summary>
    public const string AtShopsCost = "at-shops-cost";

    /// <summary>A car arrives while a guarantee on earlier work still runs: link the return, or say it is not one.</summary>
    public const string GuaranteeRunning = "guarantee-running";

    public const string CauseDeadlinePassed = "cause-deadline-passed";

    public const string OriginalNotHandedOver = "original-not-handed-over";

    public const string InsideGuarantee = "inside-guarantee";

    public const string NotAWarrantyReturn = "not-a-warranty-return";
}
