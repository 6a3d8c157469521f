namespace WorkshopAdvisor.Api.Shop;

/// <summary>The shop's own details (section "Shop" of the configuration), printed on every document.</summary>
public sealed class ShopOptions
{
    public string Name { get; set; } = "WorkshopAdvisor 4S 店售后服务部";

    public string? Address { get; set; }

    public string? Phone { get; set; }

    /// <summary>道路运输经营许可证号 / 维修经营备案号.</summary>
    public string? LicenceNumber { get; set; }

    /// <summary>The clauses printed on the work order, one per entry; null prints the bilingual defaults (Features/Documents/WorkOrderTerms.cs).</summary>
    public IReadOnlyList<string>? WorkOrderTerms { get; set; }

    /// <summary>IANA time zone of the shop: order numbers, "today" and the guarantee's calendar days follow the shop's calendar.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The share of the charges the front desk may give as a discount alone; above it, the service manager approves.</summary>
    public decimal DiscountShareWithoutApproval { get; set; } = 0.10m;
}
