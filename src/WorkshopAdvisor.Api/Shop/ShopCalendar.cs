using Microsoft.Extensions.Options;

namespace WorkshopAdvisor.Api.Shop;

/// <summary>The shop's local calendar over the injected clock: what "today" means at the counter.</summary>
public sealed class ShopCalendar(TimeProvider clock, IOptions<ShopOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow));

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);

    /// <summary>The UTC instants at which the shop's local day starts and the next one starts.</summary>
    public (DateTime Start, DateTime End) DayInUtc(DateOnly day)
    {
        var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), _zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), _zone);
        return (start, end);
    }
}
