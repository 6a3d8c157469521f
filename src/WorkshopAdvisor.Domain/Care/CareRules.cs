using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Domain.Care;

/// <summary>
/// The shop's customer-care rules (configuration section <c>Care</c>), with the defaults of the trade
/// (docs/customer-care.md). The domain takes them as an argument; it never reads configuration itself.
/// </summary>
public sealed class CareRules
{
    /// <summary>回访: when, after handover, the revisit calls are due. A day-3 check, a week, a month, three months, six months, a year.</summary>
    public IList<TimeSpan> RevisitOffsets { get; set; } = [];

    /// <summary>How many times in all a revisit call is tried before it is given up as not reached.</summary>
    public int MaxCallAttempts { get; set; } = 3;

    /// <summary>How long after an unanswered try the call comes due again.</summary>
    public TimeSpan UnreachedRetryDelay { get; set; } = TimeSpan.FromDays(1);

    /// <summary>ABC contact plan: A customers weekly, B monthly, C at least every six months.</summary>
    public TimeSpan ContactIntervalA { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan ContactIntervalB { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan ContactIntervalC { get; set; } = TimeSpan.FromDays(182);

    /// <summary>投诉: the customer gets a proposed solution within 72 hours of the complaint.</summary>
    public TimeSpan ComplaintSolutionDeadline { get; set; } = TimeSpan.FromHours(72);

    /// <summary>An escalated complaint is answered by the manager within two days of the escalation.</summary>
    public TimeSpan EscalatedAnswerDeadline { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// 赔偿, the first step of the ladder: compensation up to this amount (CNY) is settled by the department
    /// (the advisor or care agent who proposes it) and reported to the service manager.
    /// </summary>
    public decimal CompensationDepartmentLimit { get; set; } = 500m;

    /// <summary>
    /// The second step: above the department's limit and up to this amount, the service manager approves.
    /// Above it, a technician assesses the case first, then the general manager approves.
    /// </summary>
    public decimal CompensationManagerLimit { get; set; } = 2000m;

    /// <summary>投诉回访: how long after a complaint is closed the customer is called back ("半个月后我给您打电话").</summary>
    public TimeSpan ComplaintFollowUpDelay { get; set; } = TimeSpan.FromDays(15);

    /// <summary>How long before the promised completion the advisor is warned about a car that is not ready.</summary>
    public TimeSpan LateWarningLeadTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A due call or contact still open this long after its time is overdue in the call list.</summary>
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far ahead the call list's "upcoming" view looks.</summary>
    public TimeSpan UpcomingHorizon { get; set; } = TimeSpan.FromDays(7);

    public static readonly IReadOnlyList<TimeSpan> DefaultRevisitOffsets =
        [TimeSpan.FromDays(3), TimeSpan.FromDays(7), TimeSpan.FromDays(30), TimeSpan.FromDays(90), TimeSpan.FromDays(180), TimeSpan.FromDays(365)];

    /// <summary>The offsets in force: the configured ones, or the defaults when none are configured.</summary>
    public IReadOnlyList<TimeSpan> EffectiveRevisitOffsets => RevisitOffsets.Count > 0 ? [.. RevisitOffsets.Distinct().Order()] : DefaultRevisitOffsets;

    /// <summary>Which step of the compensation ladder an amount stands on; each limit belongs to the step below it.</summary>
    public CompensationTier CompensationTierOf(decimal amount) =>
        amount <= 0 ? CompensationTier.None
        : amount <= CompensationDepartmentLimit ? CompensationTier.Department
        : amount <= CompensationManagerLimit ? CompensationTier.ServiceManager
        : CompensationTier.GeneralManager;

    public TimeSpan ContactInterval(CustomerClass customerClass) => customerClass switch
    {
        CustomerClass.A => ContactIntervalA,
        CustomerClass.B => ContactIntervalB,
        _ => ContactIntervalC,
    };

    /// <summary>The configuration errors, if any; the API refuses to start with any.</summary>
    public IEnumerable<string> Problems()
    {
        if (EffectiveRevisitOffsets.Any(o => o <= TimeSpan.Zero))
        {
            yield return "Care:RevisitOffsets must all be positive";
        }
        if (MaxCallAttempts < 1)
        {
            yield return "Care:MaxCallAttempts must be at least 1";
        }
        foreach (var (name, value) in new[]
        {
            (nameof(UnreachedRetryDelay), UnreachedRetryDelay), (nameof(ContactIntervalA), ContactIntervalA), (nameof(ContactIntervalB), ContactIntervalB),
            (nameof(ContactIntervalC), ContactIntervalC), (nameof(ComplaintSolutionDeadline), ComplaintSolutionDeadline),
            (nameof(EscalatedAnswerDeadline), EscalatedAnswerDeadline), (nameof(OverdueAfter), OverdueAfter), (nameof(UpcomingHorizon), UpcomingHorizon),
            (nameof(ComplaintFollowUpDelay), ComplaintFollowUpDelay),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"Care:{name} must be positive";
            }
        }
        if (LateWarningLeadTime < TimeSpan.Zero)
        {
            yield return "Care:LateWarningLeadTime must not be negative";
        }
        foreach (var (name, value) in new[] { (nameof(CompensationDepartmentLimit), CompensationDepartmentLimit), (nameof(CompensationManagerLimit), CompensationManagerLimit) })
        {
            if (value < 0 || decimal.Round(value, 2) != value)
            {
                yield return $"Care:{name} must be a non-negative amount with at most two decimals";
            }
        }
        if (CompensationManagerLimit < CompensationDepartmentLimit)
        {
            yield return "Care:CompensationManagerLimit must not be below Care:CompensationDepartmentLimit";
        }
    }

    /// <summary>"3 days", "1 week", "00:00:05": how an offset is shown to people.</summary>
    public static string Describe(TimeSpan offset) => offset switch
    {
        { TotalDays: 365 } => "1 year",
        { TotalDays: 7 } => "1 week",
        { Ticks: var t } when t % TimeSpan.TicksPerDay == 0 && offset.TotalDays % 30 == 0 => $"{offset.TotalDays / 30:0} month(s)",
        { Ticks: var t } when t % TimeSpan.TicksPerDay == 0 => $"{offset.TotalDays:0} day(s)",
        _ => offset.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static void RequireRating(int? satisfaction)
    {
        if (satisfaction is not (>= 1 and <= 5))
        {
            throw new InvalidValueException("satisfaction", "must be between 1 (very unhappy) and 5 (very happy)");
        }
    }
}
