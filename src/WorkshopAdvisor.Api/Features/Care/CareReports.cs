using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>回访总结: the month's revisit results per advisor, so that strengths are kept and weak points fixed.</summary>
public static class CareReports
{
    public static void MapCareReports(this IEndpointRouteBuilder app) =>
        app.MapGet("/care/reports/revisits", GetAsync).WithTags("Customer care").RequireAuthorization(Policies.Care)
            .WithSummary("Revisit results of one month (yyyy-MM, shop calendar; default this month) per advisor: calls closed, reached rate, average satisfaction, complaints raised, faults not fixed (comebacks heard on the phone).");

    public static async Task<RevisitMonthReport> GetAsync(string? month, WorkshopDbContext db, ShopCalendar calendar, CancellationToken ct)
    {
        var first = month is null
            ? new DateOnly(calendar.Today.Year, calendar.Today.Month, 1)
            : DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new InvalidValueException("month", "must be yyyy-MM, e.g. 2026-11");
        var (start, _) = calendar.DayInUtc(first);
        var (end, _) = calendar.DayInUtc(first.AddMonths(1));
        var closed = await db.RevisitCalls.AsNoTracking()
            .Where(c => c.Purpose == RevisitPurpose.AfterHandover && c.ClosedAt >= start && c.ClosedAt < end
                && (c.Status == RevisitCallStatus.Completed || c.Status == RevisitCallStatus.NotReached))
            .Select(c => new { AdvisorId = c.AdvisorId ?? 0, AdvisorName = c.AdvisorName ?? string.Empty, Call = new Closed(c.Status, c.Satisfaction, c.ComplaintRaised, c.FaultFixed == false) })
            .ToListAsync(ct);
        var advisors = closed.GroupBy(c => (c.AdvisorId, c.AdvisorName))
            .Select(g => Summarise(g.Key.AdvisorId, g.Key.AdvisorName, [.. g.Select(c => c.Call)]))
            .OrderBy(s => s.AdvisorName, StringComparer.Ordinal).ThenBy(s => s.AdvisorId)
            .ToList();
        return new RevisitMonthReport(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), advisors,
            Summarise(0, "all advisors", [.. closed.Select(c => c.Call)]));
    }

    /// <summary>A closed revisit as the summary counts it; a fault not fixed is a comeback heard on the phone.</summary>
    private sealed record Closed(RevisitCallStatus Status, int? Satisfaction, bool ComplaintRaised, bool FaultNotFixed);

    private static AdvisorRevisitSummary Summarise(long advisorId, string advisorName, IReadOnlyList<Closed> calls)
    {
        var reached = calls.Where(c => c.Status == RevisitCallStatus.Completed).ToList();
        var ratings = reached.Where(c => c.Satisfaction is not null).Select(c => (decimal)c.Satisfaction!.Value).ToList();
        return new AdvisorRevisitSummary(
            advisorId,
            advisorName,
            calls.Count,
            reached.Count,
            calls.Count - reached.Count,
            calls.Count == 0 ? 0m : Math.Round((decimal)reached.Count / calls.Count, 4),
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            calls.Count(c => c.ComplaintRaised),
            calls.Count(c => c.FaultNotFixed));
    }
}
