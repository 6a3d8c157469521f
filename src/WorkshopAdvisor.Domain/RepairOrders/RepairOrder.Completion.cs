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
        RequireRoadTestAfterSafetyWork(input.RoadTestRequired);
        RequireExtraFaultsDecided();
        var odometer = input.OdometerKm ?? throw new InvalidValueException("odometerKm", "read the odometer at final inspection, after any road test");
        RequireOdometerFrom(LastOdometerReading, odometer, "odometerKm");
        var remarks = Text.Optional(input.Remarks, "remarks", 2000);
        var round = new InspectionRound(_inspections.Count + 1, input with { Remarks = remarks, OdometerKm = odometer }, inspector, now);
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
    /// quality guarantee that now runs: by category and vehicle class, at least what the estimate promised,
    /// in calendar days of the shop's time zone and in km from the odometer as the car leaves.
    /// </summary>
    public Settlement HandOver(HandoverInput input, string settlementNumber, StaffRef advisor, ShopPolicy policy, DateTime now)
    {
        Require(OrderAction.HandOver);
        var category = Category ?? throw Refuse(OrderRules.NoContract, "Nothing was approved: there is nothing to hand over and settle. Cancel the order instead.");
        if (category.IsMajor() && CompletionCertificate is null)
        {
            throw Refuse(OrderRules.CompletionCertificateMissing,
                $"{category} is major work: the inspector's completion certificate (竣工出厂合格证) is required before handover.");
        }
        if (WarrantyReturn is { Cause: null })
        {
            throw Refuse(OrderRules.WarrantyCauseMissing, "This is a warranty return: attribute the cause (workmanship, parts or customer use) before handover.");
        }
        RequireWorkOrderSigned("the car is handed over");
        var total = LabourTotal + PartsTotal;
        if (CeilingInForce is { } ceiling && total > ceiling)
        {
            throw Refuse(OrderRules.CeilingExceeded,
                $"The charges of {Money.Format(total)} are over the ceiling of {Money.Format(ceiling)} the customer agreed to (最高不超过): settle no more than that, or get their consent to a new ceiling on a supplementary estimate.");
        }
        var acceptedBy = Text.Required(input.AcceptedBy, "acceptedBy", 50);
        var discount = Money.RequireAmount(input.Discount, "discount");
        if (discount > total)
        {
            throw new InvalidValueException("discount", $"{Money.Format(discount)} is more than the total of {Money.Format(total)}");
        }
        var paid = Money.RequireAmount(input.AmountPaid, "amountPaid");
        var covered = WarrantyReturn?.Covered ?? false;
        if (covered && paid > 0)
        {
            throw Refuse(OrderRules.AtShopsCost, WarrantyReturn!.RepeatedFailure
                ? "The repair failed twice: it is done at the shop's cost (by another repairer if need be), and the customer pays nothing."
                : "The shop's workmanship (or a part it answers for) is the cause: the customer pays nothing.");
        }
        RequireDiscountAllowed(discount, total, policy);
        var due = covered ? 0m : total - discount;
        if (paid != due)
        {
            throw new InvalidValueException("amountPaid", $"{Money.Format(paid)} paid, but {Money.Format(due)} is due");
        }
        var exitOdometer = input.OdometerKm ?? _inspections.LastOrDefault(i => i.Passed)?.OdometerKm
            ?? throw new InvalidValueException("odometerKm", "read the odometer as the car leaves");
        RequireOdometerFrom(LastOdometerReading, exitOdometer, "odometerKm");
        var paymentMethod = Text.Optional(input.PaymentMethod, "paymentMethod", 30)
            ?? (due == 0 ? "-" : throw new InvalidValueException("paymentMethod", "is required when something is paid"));
        var returned = RequireAccessoriesReturned(input.AccessoriesReturned);
        RequireAcceptance(input.Acceptance);

        // Every rule holds: from here on the order changes.
        RecordAcceptance(input.Acceptance, acceptedBy, now);
        _accessoriesReturned.Clear();
        _accessoriesReturned.AddRange(returned);
        Settlement = new Settlement(settlementNumber, LabourTotal, PartsTotal, discount, covered, paid, paymentMethod, acceptedBy, now);
        var terms = GuaranteeThatWillApply()!;
        Guarantee = new GuaranteePeriod(category, terms, now, exitOdometer, policy.TimeZone);
        HandedOverAt = now;
        ClosedAt = now;
        MoveTo(OrderStatus.HandedOver, OrderAction.HandOver,
            $"{Settlement.Number}: {Money.Format(due)} due, guarantee {terms.Km} km / {terms.Days} days to {Guarantee.LastDay:yyyy-MM-dd} or {Guarantee.EndsAtOdometerKm} km");
        return Settlement;
    }

    /// <summary>
    /// The service manager approves a discount up to <paramref name="amount"/>, above the share the front desk may
    /// give alone; the settlement prints who approved it and why.
    /// </summary>
    public void ApproveDiscount(decimal amount, string? reason, StaffRef manager, DateTime now)
    {
        Require(OrderAction.ApproveDiscount);
        var upTo = Money.RequireAmount(amount, "amount", allowZero: false);
        if (upTo > LabourTotal + PartsTotal)
        {
            throw new InvalidValueException("amount", $"{Money.Format(upTo)} is more than the charges of {Money.Format(LabourTotal + PartsTotal)}");
        }
        DiscountApproval = new DiscountApproval(upTo, Text.Required(reason, "reason", 500), manager, now);
        Stay(OrderAction.ApproveDiscount, $"up to {Money.Format(upTo)}: {DiscountApproval.Reason}");
    }

    /// <summary>What was declined and is suggested for the next visit (建议下次维修): declined lines, and extra faults declined on their own; safety first.</summary>
    public IReadOnlyList<DeclinedItem> DeclinedItems =>
    [
        .. ContractVersions.SelectMany(v => v.Lines.Where(l => l.Decision == LineDecision.Declined).Select(l => new DeclinedItem(l.Description,
            l.System is not null || _extraFaults.Any(f => f.Safety && f.EstimatedInVersion == v.Number)))),
        .. _extraFaults.Where(f => f.DeclinedAt is not null).Select(f => new DeclinedItem(f.Description, f.Safety)),
    ];

    /// <summary>The odometer the car leaves with: read at handover, or at the passed final inspection until then.</summary>
    public int? ExitOdometerKm => Guarantee?.StartOdometerKm ?? _inspections.LastOrDefault(i => i.Passed)?.OdometerKm;

    /// <summary>The latest reading on this visit: at reception, then at each final inspection.</summary>
    private int LastOdometerReading => _inspections.Select(i => i.OdometerKm).OfType<int>().DefaultIfEmpty(OdometerKm).Max();

    /// <summary>Work on brakes, steering or suspension is road-tested before the car is passed.</summary>
    private void RequireRoadTestAfterSafetyWork(bool roadTestRecorded)
    {
        var safetyWork = ApprovedLines(LineKind.Labour).Where(l => l.System is not null).ToList();
        if (safetyWork.Count > 0 && !roadTestRecorded)
        {
            throw Refuse(OrderRules.RoadTestRequired,
                $"Work on {string.Join(", ", safetyWork.Select(l => $"{l.System} ({l.Description})"))} needs a road test: record it (roadTestRequired, roadTestPassed).");
        }
    }

    /// <summary>Nothing the workshop found is left undecided, so that no car leaves with a fault nobody told the customer about.</summary>
    private void RequireExtraFaultsDecided()
    {
        var open = _extraFaults.Where(f => StatusOf(f) is ExtraFaultStatus.Reported or ExtraFaultStatus.Estimated).ToList();
        if (open.Count > 0)
        {
            throw Refuse(OrderRules.ExtraFaultUndecided,
                $"Extra fault(s) {string.Join(", ", open.Select(f => $"{f.Number} ({f.Description})"))} are not decided: approve them on a supplementary estimate, or record that the customer declined them.");
        }
    }

    /// <summary>Each accessory handed over at reception is counted back, item by item; fewer than came in is refused.</summary>
    private List<Accessory> RequireAccessoriesReturned(IReadOnlyList<Accessory>? returned)
    {
        if (_accessories.Count == 0)
        {
            return [.. returned ?? []];
        }
        if (returned is null)
        {
            throw new InvalidValueException("accessories", $"count each accessory handed over at reception: {string.Join("、", _accessories.Select(a => $"{a.Name} ×{a.Count}"))}");
        }
        var counted = returned.Select((a, i) => new Accessory(Text.Required(a.Name, $"accessories[{i}].name", 100),
                a.Count is >= 0 and <= 100 ? a.Count : throw new InvalidValueException($"accessories[{i}].count", "must be between 0 and 100")))
            .ToList();
        var byName = counted.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
        var missing = _accessories.Where(a => byName.GetValueOrDefault(a.Name) < a.Count)
            .Select(a => $"{a.Name} ×{a.Count} ({byName.GetValueOrDefault(a.Name)} counted)").ToArray();
        if (missing.Length > 0)
        {
            throw Refuse(OrderRules.AccessoriesMissing,
                $"Not every accessory handed over at reception is back: {string.Join("、", missing)}. Find it before the car is handed over.");
        }
        return counted;
    }

    private static void RequireOdometerFrom(int earlier, int reading, string field)
    {
        if (reading < earlier)
        {
            throw new InvalidValueException(field, $"{reading} km is below the {earlier} km read earlier on this visit");
        }
    }

    /// <summary>A discount above the share the front desk may give alone needs the manager's approval of at least that amount.</summary>
    private void RequireDiscountAllowed(decimal discount, decimal total, ShopPolicy policy)
    {
        var freeUpTo = total * policy.DiscountShareWithoutApproval;
        if (discount <= freeUpTo || (DiscountApproval is { } approval && discount <= approval.Amount))
        {
            return;
        }
        throw Refuse(OrderRules.DiscountNeedsApproval,
            $"A discount of {Money.Format(discount)} is more than the {(policy.DiscountShareWithoutApproval * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} % ({Money.Format(Money.Round(freeUpTo))}) of the charges the front desk may give alone"
            + (DiscountApproval is { } a ? $", and more than the {Money.Format(a.Amount)} the manager approved" : string.Empty)
            + ": the service manager approves it first (ApproveDiscount).");
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

/// <summary>
/// What is settled at handover. <paramref name="OdometerKm"/> is read as the car leaves (by default, the reading at the passed
/// final inspection); <paramref name="AccessoriesReturned"/> is the reception list counted back; <paramref name="Acceptance"/> the
/// customer's signature of acceptance.
/// </summary>
public sealed record HandoverInput(decimal Discount, decimal AmountPaid, string? PaymentMethod, string? AcceptedBy, int? OdometerKm = null,
    IReadOnlyList<Accessory>? AccessoriesReturned = null, AcceptanceSignature? Acceptance = null);

/// <summary>Something the customer declined this time, and whether it concerns the car's safety.</summary>
public sealed record DeclinedItem(string Description, bool Safety);
