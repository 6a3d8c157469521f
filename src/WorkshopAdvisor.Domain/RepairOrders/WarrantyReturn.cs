namespace WorkshopAdvisor.Domain.RepairOrders;

public enum WarrantyCause
{
    /// <summary>工艺: the shop's workmanship; free rework and an apology.</summary>
    Workmanship,

    /// <summary>配件: a faulty part; claimed from the supplier, free to the customer.</summary>
    Parts,

    /// <summary>使用不当: the customer's use; explained to the customer and charged.</summary>
    CustomerUse,
}

/// <summary>
/// 返修: this order brings back a problem with work done on an earlier order. Whether it is inside the
/// guarantee is fixed on arrival; the cause is attributed later, within the 3-day rule.
/// </summary>
public sealed class WarrantyReturn
{
    private WarrantyReturn()
    {
        OriginalOrderNumber = string.Empty;
    }

    internal WarrantyReturn(RepairOrder original, int odometerKm, DateTime receivedAt)
    {
        var guarantee = original.Guarantee!;
        OriginalOrderId = original.Id;
        OriginalOrderNumber = original.Number;
        DaysSinceHandover = guarantee.DaysSinceHandover(receivedAt);
        KmSinceHandover = odometerKm - guarantee.StartOdometerKm;
        InsideGuarantee = guarantee.Covers(receivedAt, odometerKm);
        RepeatedFailure = original.WarrantyReturn is not null;
        CauseDeadline = receivedAt.AddDays(3);
    }

    public long OriginalOrderId { get; private set; }

    public string OriginalOrderNumber { get; private set; }

    /// <summary>Calendar days in the shop's time zone from the day of handover to the day the car came back.</summary>
    public int DaysSinceHandover { get; private set; }

    public int KmSinceHandover { get; private set; }

    public bool InsideGuarantee { get; private set; }

    /// <summary>The same work failed after an earlier return: it goes to another repairer at the shop's cost.</summary>
    public bool RepeatedFailure { get; private set; }

    /// <summary>If the shop cannot show by then that the repair is not the cause, it repairs free.</summary>
    public DateTime CauseDeadline { get; private set; }

    public WarrantyCause? Cause { get; private set; }

    public string? CauseNotes { get; private set; }

    public DateTime? CauseAttributedAt { get; private set; }

    public string? CauseAttributedByName { get; private set; }

    /// <summary>The service manager accepted an out-of-guarantee return as covered (goodwill).</summary>
    public string? OverrideReason { get; private set; }

    public string? OverriddenByName { get; private set; }

    /// <summary>
    /// The shop pays, and the customer is charged nothing: for a repair that failed twice (it goes to another
    /// repairer at the shop's cost), for the shop's own workmanship whenever it is named as the cause (the
    /// shop's written word that its work failed cannot stand beside a bill for it), and for a faulty part
    /// inside the guarantee or by the manager's goodwill. Customer use is charged.
    /// </summary>
    public bool Covered => RepeatedFailure
        || Cause == WarrantyCause.Workmanship
        || (Cause == WarrantyCause.Parts && (InsideGuarantee || OverrideReason is not null));

    internal void Attribute(WarrantyCause cause, string? notes, Common.StaffRef by, DateTime now)
    {
        Cause = cause;
        CauseNotes = notes;
        CauseAttributedAt = now;
        CauseAttributedByName = by.Name;
    }

    internal void Override(string reason, Common.StaffRef by)
    {
        OverrideReason = reason;
        OverriddenByName = by.Name;
    }
}
