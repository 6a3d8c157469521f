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
        DaysSinceHandover = (int)Math.Floor((receivedAt - guarantee.StartsAt).TotalDays);
        KmSinceHandover = odometerKm - guarantee.StartOdometerKm;
        InsideGuarantee = guarantee.Terms.Covers(guarantee.StartsAt, guarantee.StartOdometerKm, receivedAt, odometerKm);
        RepeatedFailure = original.WarrantyReturn is not null;
        CauseDeadline = receivedAt.AddDays(3);
    }

    public long OriginalOrderId { get; private set; }

    public string OriginalOrderNumber { get; private set; }

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

    public bool Covered => (InsideGuarantee || OverrideReason is not null) && Cause is WarrantyCause.Workmanship or WarrantyCause.Parts;

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
