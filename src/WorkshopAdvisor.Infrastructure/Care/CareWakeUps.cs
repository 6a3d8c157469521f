using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Infrastructure.Care;

/// <summary>
/// Gives timers their Quartz wake-ups: one one-shot trigger per timer, at its due time, in the persistent
/// store. Called after the timers' transaction commits; what a crash between the commit and this call
/// leaves without a trigger is picked up by the sweep (<see cref="ScheduleMissingAsync"/>), which runs at
/// every start. Storing a trigger again under the same key replaces it, so doing it twice is harmless.
/// </summary>
public sealed partial class CareWakeUps(
    IServiceScopeFactory scopes,
    ISchedulerFactory schedulers,
    IOptions<CareEngineOptions> options,
    TimeProvider clock,
    ILogger<CareWakeUps> logger,
    IHostApplicationLifetime? lifetime = null)
{
    public const string Group = "care";
    private const int Batch = 500;

    public static readonly JobKey DueJobKey = new("care-timer", Group);

    public static IJobDetail DueJob() => JobBuilder.Create<CareDueJob>()
        .WithIdentity(DueJobKey)
        .WithDescription("Runs one care timer: a call comes due, a complaint deadline, a late-delivery check.")
        .StoreDurably()
        .RequestRecovery()
        .Build();

    /// <summary>
    /// Schedules the wake-ups of these timers. Never throws: the sweep catches up on what fails here. Saves made
    /// before the application has started (demo data) leave it to the sweep that runs when the scheduler starts,
    /// rather than building the scheduler ahead of the host.
    /// </summary>
    public async Task ScheduleAsync(IReadOnlyCollection<long> timerIds, CancellationToken cancellationToken)
    {
        var ids = timerIds.Where(id => id > 0).Distinct().ToArray();
        if (ids.Length == 0 || !options.Value.Enabled || lifetime is { ApplicationStarted.IsCancellationRequested: false })
        {
            return;
        }
        try
        {
            foreach (var chunk in ids.Chunk(Batch))
            {
                await ScheduleChunkAsync(db => db.CareTimers.Where(t => chunk.Contains(t.Id)), cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogScheduleFailed(logger, e, ids.Length);
        }
    }

    /// <summary>Schedules wake-ups for every pending timer that has none recorded. Returns how many.</summary>
    public async Task<int> ScheduleMissingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            // Pending first, then the page: done work that never had a wake-up (run by hand before one was
            // stored) must not fill the page and end the loop with pending timers still behind it.
            var count = await ScheduleChunkAsync(db => db.CareTimers.Where(t => t.State == CareTimerState.Pending && t.WakeUpScheduledAt == null).OrderBy(t => t.Id).Take(Batch), cancellationToken);
            total += count;
            if (count < Batch)
            {
                return total;
            }
        }
    }

    private async Task<int> ScheduleChunkAsync(Func<WorkshopDbContext, IQueryable<CareTimer>> select, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
        var timers = await select(db).Where(t => t.State == CareTimerState.Pending).AsNoTracking()
            .Select(t => new { t.Id, t.DueAt }).ToListAsync(cancellationToken);
        if (timers.Count == 0)
        {
            return 0;
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var triggers = timers.Select(t => Trigger(scheduler.TimeProvider, t.Id, t.DueAt)).ToArray();
        await scheduler.ScheduleJobs(new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [DueJob()] = triggers },
            new ScheduleJobOptions { Replace = true }, cancellationToken);
        var ids = timers.Select(t => t.Id).ToArray();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.WriteAsync(() => db.CareTimers.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.WakeUpScheduledAt, now), cancellationToken), cancellationToken);
        return timers.Count;
    }

    public ITrigger Trigger(TimeProvider time, long timerId, DateTime dueAt)
    {
        var engine = options.Value;
        return TriggerBuilder.Create(time)
            .WithIdentity(CareTimer.TriggerNameOf(timerId), Group)
            .ForJob(DueJobKey)
            .UsingJobData(CareDueJob.TimerIdKey, timerId)
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(dueAt, DateTimeKind.Utc)))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(RetryPolicy.Exponential(engine.RetryAttempts, engine.RetryInitialDelay, 2, engine.RetryMaxDelay))
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule the wake-ups of {Count} care timer(s) now; the sweep will.")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception, int count);
}
