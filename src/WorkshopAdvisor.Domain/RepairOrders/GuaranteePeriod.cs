using WorkshopAdvisor.Domain.Guarantees;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// The quality guarantee fixed at handover: distance or days, whichever comes first. Days are calendar days in
/// the shop's time zone, as the Civil Code counts periods (民法典 第二百零一条: the day of handover is not counted;
/// 第二百零三条: the last day ends at 24:00). The distance runs from the odometer read when the car left, after the
/// road test. Both ends are fixed here, at handover, as the settlement prints them: a later change of the shop's
/// configured time zone moves nothing already promised.
/// </summary>
public sealed class GuaranteePeriod
{
    private GuaranteePeriod()
    {
        TimeZone = string.Empty;
    }

    internal GuaranteePeriod(RepairCategory category, GuaranteeTerms terms, DateTime handedOverAt, int exitOdometerKm, TimeZoneInfo zone)
    {
        Category = category;
        Km = terms.Km;
        Days = terms.Days;
        StartsAt = handedOverAt;
        StartOdometerKm = exitOdometerKm;
        TimeZone = zone.Id;
        LastDay = LocalDate(handedOverAt, zone).AddDays(terms.Days);
        EndsAt = StartOfDay(LastDay.AddDays(1), zone);
    }

    public RepairCategory Category { get; private set; }

    public int Km { get; private set; }

    public int Days { get; private set; }

    public DateTime StartsAt { get; private set; }

    /// <summary>The odometer when the car left the shop (after the road test), not at reception.</summary>
    public int StartOdometerKm { get; private set; }

    /// <summary>The IANA id of the time zone the days are counted in: the shop's, at handover.</summary>
    public string TimeZone { get; private set; }

    /// <summary>The last calendar day covered: the day of handover plus the days, the day of handover itself not counted.</summary>
    public DateOnly LastDay { get; private set; }

    /// <summary>24:00 of <see cref="LastDay"/> in the shop's time zone, in UTC: the first instant no longer covered.</summary>
    public DateTime EndsAt { get; private set; }

    public int EndsAtOdometerKm => StartOdometerKm + Km;

    public GuaranteeTerms Terms => new(Km, Days);

    /// <summary>Whether a car back at <paramref name="at"/> with <paramref name="odometerKm"/> is covered: before the last day has ended, and within the distance.</summary>
    public bool Covers(DateTime at, int odometerKm) => at < EndsAt && odometerKm - StartOdometerKm <= Km;

    /// <summary>Calendar days from the day of handover to the day of <paramref name="at"/> (0 on the day of handover).</summary>
    public int DaysSinceHandover(DateTime at) => LocalDate(at, Zone).DayNumber - LastDay.AddDays(-Days).DayNumber;

    /// <summary>Calendar days still covered, the day of <paramref name="at"/> included (1 on the last day); 0 once the period has ended.</summary>
    public int DaysLeft(DateTime at) => at >= EndsAt ? 0 : LastDay.DayNumber - LocalDate(at, Zone).DayNumber + 1;

    /// <summary>Kilometres still covered at <paramref name="odometerKm"/>; 0 once the distance is used up.</summary>
    public int KmLeft(int odometerKm) => Math.Max(0, EndsAtOdometerKm - odometerKm);

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    private static DateOnly LocalDate(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// <summary>00:00 of <paramref name="day"/> in <paramref name="zone"/>, in UTC (where a clock change skips midnight, the first time that exists).</summary>
    private static DateTime StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
