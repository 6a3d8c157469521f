using System.Globalization;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Shop;

/// <summary>Human-readable numbers on the shop's calendar: RO-20261122-0007 (orders), JS-20261122-0003 (settlements).</summary>
public static class ShopNumbers
{
    public static async Task<string> NextAsync(WorkshopDbContext db, ShopCalendar calendar, string prefix, CancellationToken ct)
    {
        var day = calendar.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var sequence = await db.NextNumberAsync($"{prefix}-{day}", ct);
        return $"{prefix}-{day}-{sequence:D4}";
    }
}
