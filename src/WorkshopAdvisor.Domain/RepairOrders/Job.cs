using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

public enum JobStatus
{
    Waiting,
    InProgress,
    Paused,
    Done,
}

/// <summary>An approved labour line as work in the bay (派工), with the technician's clocked time.</summary>
public sealed class Job
{
    private readonly List<ClockedSpan> _clocked = [];

    private Job()
    {
        Description = string.Empty;
    }

    internal Job(int number, int estimateVersion, int lineNumber, string description)
    {
        Number = number;
        EstimateVersion = estimateVersion;
        LineNumber = lineNumber;
        Description = description;
        Status = JobStatus.Waiting;
    }

    public int Number { get; private set; }

    public int EstimateVersion { get; private set; }

    public int LineNumber { get; private set; }

    public string Description { get; private set; }

    public JobStatus Status { get; private set; }

    public long? TechnicianId { get; private set; }

    public string? TechnicianName { get; private set; }

    public StaffRef? Technician => TechnicianId is { } id ? new StaffRef(id, TechnicianName ?? string.Empty) : null;

    public string? PauseReason { get; private set; }

    /// <summary>How many times final inspection sent this job back.</summary>
    public int ReworkCount { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public IReadOnlyList<ClockedSpan> Clocked => _clocked;

    /// <summary>维修档案 names the technicians who did the work: whoever had the job while its clock ran, else the one it is dispatched to.</summary>
    public IReadOnlyList<string> DoneBy
    {
        get
        {
            var names = _clocked.Select(s => s.TechnicianName).OfType<string>().Distinct().ToList();
            return names.Count > 0 ? names : TechnicianName is { } technician ? [technician] : [];
        }
    }

    public TimeSpan ClockedTime(DateTime now) =>
        TimeSpan.FromTicks(_clocked.Sum(s => ((s.EndedAt ?? now) - s.StartedAt).Ticks));

    internal void Dispatch(StaffRef technician)
    {
        if (Status is JobStatus.InProgress or JobStatus.Done)
        {
            throw new RuleViolationException("job-not-dispatchable", $"Job {Number} is {Status}; only a waiting or paused job can be dispatched.");
        }
        TechnicianId = technician.UserId;
        TechnicianName = technician.Name;
    }

    internal void Start(StaffRef by, bool onBehalf, DateTime now)
    {
        RequireTechnician(by, onBehalf);
        if (Status is not (JobStatus.Waiting or JobStatus.Paused))
        {
            throw new RuleViolationException("job-status-conflict", $"Job {Number} is {Status}; only a waiting or paused job can be started.");
        }
        Status = JobStatus.InProgress;
        PauseReason = null;
        StartedAt ??= now;
        _clocked.Add(new ClockedSpan(now, TechnicianName));
    }

    internal void Pause(StaffRef by, bool onBehalf, string reason, DateTime now)
    {
        RequireTechnician(by, onBehalf);
        RequireInProgress("paused");
        Status = JobStatus.Paused;
        PauseReason = reason;
        CloseSpan(now);
    }

    internal void Finish(StaffRef by, bool onBehalf, DateTime now)
    {
        RequireTechnician(by, onBehalf);
        RequireInProgress("finished");
        Status = JobStatus.Done;
        FinishedAt = now;
        CloseSpan(now);
    }

    internal void SendBackForRework()
    {
        Status = JobStatus.Waiting;
        FinishedAt = null;
        ReworkCount++;
    }

    private void RequireInProgress(string verb)
    {
        if (Status != JobStatus.InProgress)
        {
            throw new RuleViolationException("job-status-conflict", $"Job {Number} is {Status}; only a job in progress can be {verb}.");
        }
    }

    private void RequireTechnician(StaffRef by, bool onBehalf)
    {
        if (TechnicianId is null)
        {
            throw new RuleViolationException("job-not-dispatched", $"Job {Number} has not been dispatched to a technician yet.");
        }
        if (!onBehalf && TechnicianId != by.UserId)
        {
            throw new NotAssignedException($"Job {Number} is dispatched to {TechnicianName}, not to {by.Name}.");
        }
    }

    private void CloseSpan(DateTime now) => _clocked[^1].Close(now);
}

/// <summary>A stretch of clocked work on a job; open while the job is in progress.</summary>
public sealed class ClockedSpan
{
    private ClockedSpan()
    {
    }

    internal ClockedSpan(DateTime startedAt, string? technicianName)
    {
        StartedAt = startedAt;
        TechnicianName = technicianName;
    }

    public DateTime StartedAt { get; private set; }

    /// <summary>The technician the job was dispatched to while this stretch was worked; null on spans clocked before it was kept.</summary>
    public string? TechnicianName { get; private set; }

    public DateTime? EndedAt { get; private set; }

    internal void Close(DateTime at) => EndedAt = at;
}

/// <summary>A technician acting on a job dispatched to somebody else. Maps to 403.</summary>
public sealed class NotAssignedException(string message) : RuleViolationException("not-assigned", message);
