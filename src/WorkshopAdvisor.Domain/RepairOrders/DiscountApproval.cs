namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>The service manager's approval of a discount above what the front desk may give alone: up to how much, and why.</summary>
public sealed class DiscountApproval
{
    private DiscountApproval()
    {
        Reason = string.Empty;
        ApprovedByName = string.Empty;
    }

    internal DiscountApproval(decimal amount, string reason, Common.StaffRef manager, DateTime at)
    {
        Amount = amount;
        Reason = reason;
        ApprovedById = manager.UserId;
        ApprovedByName = manager.Name;
        ApprovedAt = at;
    }

    /// <summary>The largest discount approved (CNY).</summary>
    public decimal Amount { get; private set; }

    public string Reason { get; private set; }

    public long ApprovedById { get; private set; }

    public string ApprovedByName { get; private set; }

    public DateTime ApprovedAt { get; private set; }
}
