namespace WorkshopAdvisor.Infrastructure.Care;

public enum CareTimerKind
{
    /// <summary>A planned revisit call comes due into the call list.</summary>
    RevisitCallDue,

    /// <summary>A complaint's 72 hours run out: escalate it if no solution was proposed.</summary>
    ComplaintSolutionDeadline,

    /// <summary>An escalated complaint's 2 days run out: flag it if the manager has not answered.</summary>
    ComplaintAnswerDeadline,

    /// <summary>Shortly before an order's promised completion: warn the advisor if the car is not ready.</summary>
    LateDeliveryCheck,

    /// <summary>At an order's promised completion: a car still not ready whose promise no delay notice moved alerts the advisor and the service manager.</summary>
    PromiseMissedCheck,
}

public enum CareTimerState
{
    /// <summary>Waiting for its time (or being worked on).</summary>
    Pending,

    /// <summary>Done, exactly once; what it did is in <see cref="CareTimer.Outcome"/>.</summary>
    Done,

    /// <summary>Every retry failed; an operator can retry it.</summary>
    Failed,
}

/// <summary>
/// The engine's ledger: one moment at which the care engine must look at one thing (a call, a complaint,
/// an order's promise). The row is written in the same transaction as what it is about; a Quartz trigger
/// is its wake-up. The row, not the trigger, says whether the work was done, which is what makes a second
/// firing harmless: only the run that moves it from Pending to Done (guarded by <see cref="Version"/>) commits.
/// </summary>
public sealed class CareTimer
{
    private CareTimer()
    {
    }

    public long Id { get; private set; }

    public CareTimerKind Kind { get; private set; }

    /// <summary>The id of the call, complaint or order the timer is about.</summary>
    public long SubjectId { get; private set; }

    public DateTime DueAt { get; private set; }

    /// <summary>For a late-delivery or missed-promise check: the promise it guards. A delay notice moves the promise, and the old check then finds nothing to do.</summary>
    public DateTime? SubjectTime { get; private set; }

    public CareTimerState State { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the Quartz trigger was stored; null until then (a start-up sweep schedules what a crash left without one).</summary>
    public DateTime? WakeUpScheduledAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? LastAttemptAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? Outcome { get; private set; }

    public int Version { get; private set; }

    public static CareTimer Plan(CareTimerKind kind, long subjectId, DateTime dueAt, DateTime now, DateTime? subjectTime = null) => new()
    {
        Kind = kind,
        SubjectId = subjectId,
        DueAt = dueAt,
        SubjectTime = subjectTime,
        State = CareTimerState.Pending,
        CreatedAt = now,
    };

    public string TriggerName => TriggerNameOf(Id);

    public static string TriggerNameOf(long id) => $"care-timer-{id}";

    public void Complete(string outcome, DateTime now)
    {
        if (State != CareTimerState.Pending)
        {
            throw new InvalidOperationException($"Timer {Id} is {State}; only a pending timer can complete.");
        }
        State = CareTimerState.Done;
        Outcome = outcome.Length > 500 ? outcome[..500] : outcome;
        CompletedAt = now;
        Attempts++;
        LastAttemptAt = now;
        Version++;
    }

    public void RecordFailure(string error, bool final, DateTime now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (final)
        {
            State = CareTimerState.Failed;
        }
        Version++;
    }

    /// <summary>An operator sends a failed timer round again.</summary>
    public void Retry()
    {
        if (State != CareTimerState.Failed)
        {
            throw new Domain.Common.RuleViolationException("work-not-failed", $"Only failed work can be retried; this is {State}.");
        }
        State = CareTimerState.Pending;
        WakeUpScheduledAt = null;
        Version++;
    }
}
