using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;

namespace WorkshopAdvisor.Domain.RepairOrders;

public sealed partial class RepairOrder
{
    /// <summary>The version that is the contract now: the last decided initial estimate.</summary>
    public EstimateVersion? ContractVersion =>
        _estimates.LastOrDefault(v => v.Kind == EstimateKind.Initial && v.State == VersionState.Decided);

    public EstimateVersion? PendingVersion => _estimates.SingleOrDefault(v => v.State == VersionState.Pending);

    /// <summary>Every decided, not superseded version: what is charged is what was approved in these.</summary>
    public IEnumerable<EstimateVersion> ContractVersions => _estimates.Where(v => v.State == VersionState.Decided);

    /// <summary>The weightiest category among the contract versions with approved work; it decides the guarantee and the certificate.</summary>
    public RepairCategory? Category => VersionsWithApprovedWork.Select(v => (RepairCategory?)v.Category).MinBy(c => c!.Value.Weight());

    /// <summary>
    /// The ceiling the customer agreed to (最高不超过): the contract version's, or the new one they last consented to on
    /// a supplementary estimate. Null when no ceiling was stated.
    /// </summary>
    public decimal? CeilingInForce => ContractVersions.OrderBy(v => v.Number)
        .Aggregate((decimal?)null, (ceiling, v) => v.Kind == EstimateKind.Initial ? v.Ceiling : v.Decision?.ConsentedCeiling ?? ceiling);

    /// <summary>A version the customer declined line by line adds no work, so neither its category nor its promised guarantee applies.</summary>
    private IEnumerable<EstimateVersion> VersionsWithApprovedWork => ContractVersions.Where(v => v.Lines.Any(l => l.Decision == LineDecision.Approved));

    /// <summary>问诊/诊断: the structured questions and findings; may be refined until the customer has decided.</summary>
    public void RecordDiagnosis(DiagnosisDetails details)
    {
        Require(OrderAction.RecordDiagnosis);
        Diagnosis = new Diagnosis(details);
        Stay(OrderAction.RecordDiagnosis, $"{Diagnosis.Findings.Count} finding(s)");
    }

    /// <summary>
    /// 估价: issues a new estimate version for the customer to decide on. A version issued while another
    /// waits, or after the customer approved but before work started, replaces it and needs a new decision.
    /// </summary>
    public EstimateVersion IssueEstimate(EstimateInput input, StaffRef advisor, DateTime now)
    {
        Require(OrderAction.IssueEstimate);
        if (Diagnosis is not { Findings.Count: > 0 })
        {
            throw Refuse(OrderRules.DiagnosisMissing, Diagnosis is null
                ? "Record the diagnosis first: its findings are what the estimate prices."
                : "The diagnosis has no finding: record at least one, as the estimate prices what was found.");
        }
        RequireFuture(input.PromisedCompletionAt, now);
        var version = new EstimateVersion(Number, _estimates.Count + 1, EstimateKind.Initial, input, advisor, now);
        foreach (var previous in _estimates.Where(v => v.Kind == EstimateKind.Initial && v.State != VersionState.Superseded))
        {
            previous.Supersede();
        }
        // Approved but not started: the jobs of the replaced version go with it.
        _jobs.Clear();
        _estimates.Add(version);
        PromisedCompletionAt = input.PromisedCompletionAt;
        MoveTo(OrderStatus.AwaitingApproval, OrderAction.IssueEstimate, $"version {version.Number}, {Money.Format(version.Total)}");
        return version;
    }

    /// <summary>增项: prices extra work found in the workshop; it must be approved before that work starts.</summary>
    public EstimateVersion IssueSupplementaryEstimate(EstimateInput input, IReadOnlyCollection<int> extraFaultNumbers, StaffRef advisor, DateTime now)
    {
        Require(OrderAction.IssueSupplementaryEstimate);
        if (input.PromisedCompletionAt != PromisedCompletionAt)
        {
            RequireFuture(input.PromisedCompletionAt, now);
        }
        var unknown = extraFaultNumbers.Where(n => _extraFaults.All(f => f.Number != n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidValueException("extraFaultNumbers", $"no extra fault numbered {string.Join(", ", unknown)} on this order");
        }
        var version = new EstimateVersion(Number, _estimates.Count + 1, EstimateKind.Supplementary, input, advisor, now);
        // A new ceiling proposed here is one the customer can consent to: it must hold all the charges if every line is approved.
        if (version.Ceiling is { } proposed && proposed < LabourTotal + PartsTotal + version.Total)
        {
            throw new InvalidValueException("ceiling",
                $"{Money.Format(proposed)} is below the {Money.Format(LabourTotal + PartsTotal + version.Total)} the charges come to with every line of this version approved");
        }
        PendingVersion?.Supersede();
        _estimates.Add(version);
        foreach (var fault in _extraFaults.Where(f => extraFaultNumbers.Contains(f.Number)))
        {
            fault.MarkEstimated(version.Number);
        }
        PromisedCompletionAt = input.PromisedCompletionAt;
        MoveTo(OrderStatus.InProgress, OrderAction.IssueSupplementaryEstimate, $"version {version.Number}, {Money.Format(version.Total)}");
        return version;
    }

    /// <summary>
    /// Records the customer's decision, line by line, on exactly one version. The decision is bound to that
    /// version's content hash: if the caller saw other content (a stale hash), nothing is recorded. Approving
    /// supplementary work that takes the charges over the ceiling in force needs the customer's explicit
    /// consent to the new ceiling the version proposes (<paramref name="consentedCeiling"/>, repeated as a check).
    /// </summary>
    public void RecordCustomerDecision(int versionNumber, string? expectedHash, IReadOnlyCollection<int> approvedLines, IReadOnlyCollection<int> declinedLines,
        string? decidedBy, DecisionMethod method, StaffRef? recordedBy, RemoteEvidence? remote, DateTime now, decimal? consentedCeiling = null)
    {
        Require(OrderAction.RecordCustomerDecision);
        var version = _estimates.SingleOrDefault(v => v.Number == versionNumber)
            ?? throw new InvalidValueException("version", $"this order has no estimate version {versionNumber}");
        if (version.State != VersionState.Pending)
        {
            var pending = PendingVersion is { } p ? $" Version {p.Number} is the one waiting." : " No version is waiting for a decision.";
            throw Refuse(OrderRules.VersionNotPending, $"Version {versionNumber} is {version.State}; only the pending version can be decided.{pending}");
        }
        if (expectedHash is not null && !string.Equals(expectedHash, version.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse(OrderRules.EstimateChanged, $"The content of version {versionNumber} is not what was shown to the customer (hash mismatch); show them the current version.");
        }
        var name = Text.Required(decidedBy, "decidedBy", 50);
        var lineNumbers = version.Lines.Select(l => l.Number).ToHashSet();
        var both = approvedLines.Intersect(declinedLines).ToArray();
        if (both.Length > 0)
        {
            throw new InvalidValueException("lines", $"line(s) {string.Join(", ", both)} both approved and declined");
        }
        var unknown = approvedLines.Concat(declinedLines).Where(n => !lineNumbers.Contains(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidValueException("lines", $"version {versionNumber} has no line {string.Join(", ", unknown)}");
        }
        var undecided = lineNumbers.Except(approvedLines).Except(declinedLines).Order().ToArray();
        if (undecided.Length > 0)
        {
            throw new InvalidValueException("lines", $"every line needs a decision; undecided: {string.Join(", ", undecided)}");
        }

        RequireWithinCeiling(version, approvedLines, consentedCeiling);

        version.Decide(new CustomerDecision(name, method, now, recordedBy, version.ContentHash, remote, consentedCeiling), approvedLines);
        var nextJob = _jobs.Count == 0 ? 1 : _jobs.Max(j => j.Number) + 1;
        foreach (var line in version.Lines.Where(l => l.Kind == LineKind.Labour && l.Decision == LineDecision.Approved))
        {
            _jobs.Add(new Job(nextJob++, version.Number, line.Number, line.Description));
        }

        var summary = $"version {versionNumber}: {approvedLines.Count} approved, {declinedLines.Count} declined, {method}"
            + (consentedCeiling is { } c ? $", new ceiling {Money.Format(c)} consented" : string.Empty);
        if (version.Kind == EstimateKind.Initial)
        {
            // Approved parts with no labour leave nothing for the workshop: straight to final inspection.
            var next = approvedLines.Count == 0 ? OrderStatus.EstimateDeclined : _jobs.Count == 0 ? OrderStatus.AwaitingInspection : OrderStatus.Approved;
            MoveTo(next, OrderAction.RecordCustomerDecision, summary);
        }
        else
        {
            AdvanceWhenWorkIsDone(OrderAction.RecordCustomerDecision, summary);
        }
    }

    /// <summary>最高不超过: approving supplementary work may take the charges to the ceiling in force, not a fen over, unless the customer consents to a new one.</summary>
    private void RequireWithinCeiling(EstimateVersion version, IReadOnlyCollection<int> approvedLines, decimal? consentedCeiling)
    {
        if (version.Kind == EstimateKind.Initial)
        {
            // The initial estimate's own ceiling is agreed by approving it, and it holds the whole estimate.
            if (consentedCeiling is not null)
            {
                throw new InvalidValueException("consentedCeiling", "an estimate's own ceiling is agreed by approving it; consent to a new ceiling belongs to a supplementary estimate");
            }
            return;
        }
        if (consentedCeiling is { } consent && consent != version.Ceiling)
        {
            throw new InvalidValueException("consentedCeiling", version.Ceiling is { } proposed
                ? $"must repeat the new ceiling version {version.Number} proposes, {Money.Format(proposed)}"
                : $"version {version.Number} proposes no new ceiling; issue the supplementary estimate with one for the customer to consent to");
        }
        var charges = LabourTotal + PartsTotal + version.Lines.Where(l => approvedLines.Contains(l.Number)).Sum(l => l.Amount);
        var ceiling = consentedCeiling ?? CeilingInForce;
        if (ceiling is { } limit && charges > limit)
        {
            throw Refuse(OrderRules.CeilingExceeded,
                $"Approving these lines brings the charges to {Money.Format(charges)}, over the ceiling of {Money.Format(limit)} the customer agreed to (最高不超过). "
                + (version.Ceiling is { } proposed
                    ? $"Record the customer's consent to the new ceiling of {Money.Format(proposed)} this version proposes (consentedCeiling), or approve fewer lines."
                    : "Issue the supplementary estimate again with a new ceiling (ceiling) for the customer to consent to, or approve fewer lines."));
        }
    }

    private static void RequireFuture(DateTime promised, DateTime now)
    {
        if (promised <= now)
        {
            throw new InvalidValueException("promisedCompletionAt", "must be in the future");
        }
    }
}
