using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;

namespace WorkshopAdvisor.Domain.RepairOrders;

public sealed partial class RepairOrder
{
    /// <summary>Labour approved in the contract versions (工时费).</summary>
    public decimal LabourTotal => ApprovedLines(LineKind.Labour).Sum(l => l.Amount);

    /// <summary>Parts approved in the contract versions (材料费).</summary>
    public decimal PartsTotal => ApprovedLines(LineKind.Part).Sum(l => l.Amount);

    public IEnumerable<EstimateLine> ApprovedLines(LineKind kind) =>
        ContractVersions.SelectMany(v => v.Lines).Where(l => l.Kind == kind && l.Decision == LineDecision.Approved);

    /// <summary>
    /// The quality guarantee handover will start, as the work order promises it: by the weightiest
    /// category and the vehicle class, at least what any version with approved work promised. Null
    /// while nothing is approved.
    /// </summary>
    public GuaranteeTerms? GuaranteeThatWillApply()
    {
        if (Category is not { } category)
        {
            return null;
        }
        var promised = VersionsWithApprovedWork.Select(v => v.PromisedGuarantee).OfType<GuaranteeTerms>()
            .Aggregate((GuaranteeTerms?)null, (best, t) => t.AtLeast(best));
        return GuaranteeTerms.Statutory(VehicleClass, category).AtLeast(promised);
    }

    /// <summary>
    /// 竣工检验: every job checked, steering and brakes, connections, accessories, road test where needed.
    /// A fail sends the failed jobs back to the workshop; a pass makes the car ready for handover.
    /// </summary>
    public InspectionRound RecordFinalInspection(FinalInspectionInput input, StaffRef inspector, DateTime now)
    {
        Require(OrderAction.RecordFinalInspection);
        var checkedJobs = input.JobChecks.Select(c => c.JobNumber).ToList();
        var unknown = checkedJobs.Where(n => _jobs.All(j => j.Number != n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidValueException("jobChecks", $"this order has no job {string.Join(", ", unknown)}");
        }
        var twice = checkedJobs.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (twice.Length > 0)
        {
            throw new InvalidValueException("jobChecks", $"job {string.Join(", ", twice)} checked more than once");
        }
        var missing = _jobs.Select(j => j.Number).Except(checkedJobs).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidValueException("jobChecks", $"every job must be checked; not checked: {string.Join(", ", missing)}");
        }
        if (input.RoadTestRequired && input.RoadTestPassed is null)
        {
            throw new InvalidValueException("roadTestPassed", "say whether the required road test passed");
        }
        var remarks = Text.Optional(input.Remarks, "remarks", 2000);
        var round = new InspectionRound(_inspections.Count + 1, input with { Remarks = remarks }, inspector, now);
        var failedJobs = round.JobChecks.Where(c => !c.Passed).Select(c => c.JobNumber).ToArray();
        if (!round.Passed && failedJobs.Length == 0)
        {
            throw new InvalidValueException("jobChecks", "the inspection failed: name the job(s) that go back to the workshop");
        }
        _inspections.Add(round);
        if (round.Passed)
        {
            MoveTo(OrderStatus.ReadyForHandover, OrderAction.RecordFinalInspection, $"round {round.Round} passed by {inspector.Name}");
            if (Text.Optional(input.CompletionCertificateNumber, "completionCertificateNumber", 50) is { } certificate)
            {
                IssueCompletionCertificate(certificate, inspector, now);
            }
        }
        else
        {
            foreach (var job in _jobs.Where(j => failedJobs.Contains(j.Number)))
            {
                job.SendBackForRework();
            }
            MoveTo(OrderStatus.InProgress, OrderAction.RecordFinalInspection, $"round {round.Round} failed; rework: job {string.Join(", ", failedJobs)}");
        }
        return round;
    }

    /// <summary>竣工出厂合格证: the inspector certifies the car after major work.</summary>
    public void IssueCompletionCertificate(string? number, StaffRef inspector, DateTime now)
    {
        Require(OrderAction.IssueCompletionCertificate);
        CompletionCertificate = new CompletionCertificate(Text.Required(number, "number", 50), inspector, now);
        Stay(OrderAction.IssueCompletionCertificate, CompletionCertificate.Number);
    }

    /// <summary>
    /// 交车: settles (labour and parts apart), records the customer's acceptance and payment, and fixes the
    /// quality guarantee that now runs: by category and vehicle class, at least what the estimate promised.
    /// </summary>
    public Settlement HandOver(HandoverInput input, string settlementNumber, StaffRef advisor, DateTime now)
    {
        Require(OrderAction.HandOver);
        var category = Category ?? throw new RuleViolationException("no-contract", "Nothing was approved: there is nothing to hand over and settle. Cancel the order instead.");
        if (category.IsMajor() && CompletionCertificate is null)
        {
            throw new RuleViolationException("completion-certificate-missing",
                $"{category} is major work: the inspector's completion certificate (竣工出厂合格证) is required before handover.");
        }
        if (WarrantyReturn is { Cause: null })
        {
            throw new RuleViolationException("warranty-cause-missing", "This is a warranty return: attribute the cause (workmanship, parts or customer use) before handover.");
        }
        var acceptedBy = Text.Required(input.AcceptedBy, "acceptedBy", 50);
        var discount = Money.RequireAmount(input.Discount, "discount");
        var covered = WarrantyReturn?.Covered ?? false;
        var total = LabourTotal + PartsTotal;
        if (discount > total)
        {
            throw new InvalidValueException("discount", $"{Money.Format(discount)} is more than the total of {Money.Format(total)}");
        }
        var due = covered ? 0m : total - discount;
        var paid = Money.RequireAmount(input.AmountPaid, "amountPaid");
        if (paid != due)
        {
            throw new InvalidValueException("amountPaid", $"{Money.Format(paid)} paid, but {Money.Format(due)} is due");
        }
        Settlement = new Settlement(settlementNumber, LabourTotal, PartsTotal, discount, covered, paid,
            Text.Optional(input.PaymentMethod, "paymentMethod", 30) ?? (due == 0 ? "-" : throw new InvalidValueException("paymentMethod", "is required when something is paid")),
            acceptedBy, now);
        var terms = GuaranteeThatWillApply()!;
        Guarantee = new GuaranteePeriod(category, terms, now, OdometerKm);
        HandedOverAt = now;
        ClosedAt = now;
        MoveTo(OrderStatus.HandedOver, OrderAction.HandOver, $"{Settlement.Number}: {Money.Format(due)} due, guarantee {terms.Km} km / {terms.Days} days");
        return Settlement;
    }

    /// <summary>Closes the order without work (the customer declined, or took the car away before work started).</summary>
    public void Cancel(string? reason, DateTime now)
    {
        Require(OrderAction.Cancel);
        CancellationReason = Text.Required(reason, "reason", 500);
        _jobs.Clear();
        ClosedAt = now;
        MoveTo(OrderStatus.Cancelled, OrderAction.Cancel, CancellationReason);
    }
}

public sealed record HandoverInput(decimal Discount, decimal AmountPaid, string? PaymentMethod, string? AcceptedBy);
