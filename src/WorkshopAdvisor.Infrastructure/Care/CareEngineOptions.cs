namespace WorkshopAdvisor.Infrastructure.Care;

/// <summary>
/// How the care engine runs (configuration section <c>Care:Engine</c>). The defaults suit production; tests
/// and the demo profile shorten the waits.
/// </summary>
public sealed class CareEngineOptions
{
    /// <summary>Runs the Quartz scheduler in this process. Off only for tools that must not fire anything.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The Quartz scheduler name: every node of one cluster uses the same one (it is a column of the qrtz_* tables).</summary>
    public string SchedulerName { get; set; } = "WorkshopAdvisor.Care";

    /// <summary>Worker threads for firing jobs on this node.</summary>
    public int Threads { get; set; } = 4;

    /// <summary>How many due triggers the scheduler takes in one round trip to the store (0: Quartz decides, the thread count).</summary>
    public int MaxBatchSize { get; set; }

    /// <summary>How early a trigger may be taken into a batch with those already due (Quartz's fire-ahead window); zero fires nothing early.</summary>
    public TimeSpan BatchFireAheadWindow { get; set; } = TimeSpan.Zero;

    /// <summary>How long the scheduler sleeps when nothing is due before it looks at the store again (at least 1 s).</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How late a trigger may fire before it counts as misfired (and is fired at once by the misfire handler). Both ways
    /// fire a care wake-up; the misfire handler's way costs extra writes per trigger, which under a backlog on SQLite cut
    /// the engine's throughput by more than half (docs/benchmarks.md): hence minutes rather than Quartz's 60 s.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the misfire handler looks for misfired triggers; at start-up it runs at once.</summary>
    public TimeSpan MisfireHandlerFrequency { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a node of the cluster says it is alive.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long past a missed check-in a node is taken for dead and its work recovered.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sweep schedules wake-ups a crash left unscheduled and runs work whose wake-up was lost.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How late pending work must be before the sweep runs it itself rather than waiting for its trigger.</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a failing job is retried after the first failure.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; it doubles with each retry, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(SchedulerName))
        {
            yield return "Care:Engine:SchedulerName is required";
        }
        if (Threads < 1)
        {
            yield return "Care:Engine:Threads must be at least 1";
        }
        if (IdleWaitTime < TimeSpan.FromSeconds(1))
        {
            yield return "Care:Engine:IdleWaitTime must be at least 1 second (Quartz refuses less)";
        }
        if (MaxBatchSize < 0 || BatchFireAheadWindow < TimeSpan.Zero)
        {
            yield return "Care:Engine:MaxBatchSize and BatchFireAheadWindow must not be negative";
        }
        if (RetryAttempts < 1)
        {
            yield return "Care:Engine:RetryAttempts must be at least 1";
        }
        if (RetryMaxDelay < RetryInitialDelay)
        {
            yield return "Care:Engine:RetryMaxDelay must not be shorter than RetryInitialDelay";
        }
        foreach (var (name, value) in new[]
        {
            (nameof(MisfireThreshold), MisfireThreshold), (nameof(MisfireHandlerFrequency), MisfireHandlerFrequency), (nameof(ClusterCheckinInterval), ClusterCheckinInterval),
            (nameof(ClusterCheckinMisfireThreshold), ClusterCheckinMisfireThreshold), (nameof(SweepInterval), SweepInterval), (nameof(SweepGrace), SweepGrace),
            (nameof(RetryInitialDelay), RetryInitialDelay),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"Care:Engine:{name} must be positive";
            }
        }
    }
}
