using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

public sealed partial class RepairOrder
{
    /// <summary>
    /// Attributes the cause of a warranty return. Blaming the customer's use is possible only within three
    /// days of arrival: after that, the shop has not shown that the repair is not the cause, and repairs free.
    /// </summary>
    public void AttributeWarrantyCause(WarrantyCause cause, string? notes, StaffRef by, DateTime now)
    {
        Require(OrderAction.AttributeWarrantyCause);
        var claim = WarrantyReturn ?? throw Refuse(OrderRules.NotAWarrantyReturn, $"Order {Number} is not a warranty return.");
        if (cause == WarrantyCause.CustomerUse && now > claim.CauseDeadline)
        {
            throw Refuse(OrderRules.CauseDeadlinePassed,
                $"The 3-day deadline to show the repair is not the cause passed on {claim.CauseDeadline:yyyy-MM-dd HH:mm} UTC: the shop repairs free (workmanship or parts).");
        }
        claim.Attribute(cause, Text.Optional(notes, "notes", 1000), by, now);
        Stay(OrderAction.AttributeWarrantyCause, cause.ToString());
    }

    /// <summary>The service manager accepts an out-of-guarantee return as covered (goodwill).</summary>
    public void OverrideGuarantee(string? reason, StaffRef manager)
    {
        Require(OrderAction.OverrideGuarantee);
        var claim = WarrantyReturn ?? throw Refuse(OrderRules.NotAWarrantyReturn, $"Order {Number} is not a warranty return.");
        if (claim.InsideGuarantee)
        {
            throw Refuse(OrderRules.InsideGuarantee, "The return is inside the guarantee already; there is nothing to override.");
        }
        claim.Override(Text.Required(reason, "reason", 500), manager);
        Stay(OrderAction.OverrideGuarantee, claim.OverrideReason);
    }
}
