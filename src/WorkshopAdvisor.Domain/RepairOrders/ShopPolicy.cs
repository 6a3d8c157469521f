namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// What a shop configures that the order's rules depend on: the time zone its calendar days are counted in
/// (the guarantee's days), and the share of the charges the front desk may give as a discount without the
/// service manager's approval.
/// </summary>
public sealed record ShopPolicy
{
    public ShopPolicy(TimeZoneInfo timeZone, decimal discountShareWithoutApproval)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (discountShareWithoutApproval is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(discountShareWithoutApproval), discountShareWithoutApproval, "a share between 0 and 1");
        }
        TimeZone = timeZone;
        DiscountShareWithoutApproval = discountShareWithoutApproval;
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>0.10: a discount up to 10 % of the charges needs nobody's approval; above it, the manager's.</summary>
    public decimal DiscountShareWithoutApproval { get; }
}
