using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Infrastructure.Care;

/// <summary>
/// The Quartz job behind every timer's wake-up. A failure is recorded on the timer (visible to the
/// operator) and thrown back to Quartz, which fires the trigger again under its retry policy (exponential
/// backoff); when the last retry fails, the timer is marked failed and waits for an operator.
/// </summary>
public sealed partial class CareDueJob(CareTimerProcessor processor, CareFailures failures, ILogger<CareDueJob> logger) : IJob
{
    public const string TimerIdKey = "timerId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetValue(TimerIdKey, out var raw) || !long.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), out var timerId))
        {
            throw new JobExecutionException($"Trigger {context.Trigger.Key} carries no {TimerIdKey}.");
        }
        try
        {
            var (result, outcome) = await processor.RunAsync(timerId, cancellationToken);
            if (result == TimerRunResult.NotYet)
            {
                // Fired before its time by this node's clock (clocks of two nodes disagree): let the sweep give it a new wake-up.
                await failures.ForgetWakeUpAsync(timerId, cancellationToken);
            }
            context.Result = $"{result}: {outcome}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var final = context.RetryPolicy is not { } policy || context.RetryAttempt >= policy.MaxAttempts;
            LogFailed(logger, e, timerId, context.RetryAttempt, final);
            await failures.RecordAsync(timerId, e, final, CancellationToken.None);
            throw new JobExecutionException($"Care timer {timerId} failed: {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Care timer {TimerId} failed (retry {RetryAttempt}, final: {Final})")]
    private static partial void LogFailed(ILogger logger, Exception exception, long timerId, int retryAttempt, bool final);
}

/// <summary>
/// The safety net, run at every start and then every few minutes, one node at a time: wake-ups that a
/// crash left unscheduled are scheduled, and pending work whose wake-up is well overdue is run directly.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CareSweepJob(CareSweep sweep) : IJob
{
    public static readonly JobKey Key = new("care-sweep", CareWakeUps.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await sweep.RunAsync(lostOnly: true, cancellationToken);
        context.Result = result.ToString();
    }
}

public sealed record SweepResult(int WakeUpsScheduled, int Done, int AlreadyDone, int Failed);

public sealed partial class CareSweep(
    IServiceScopeFactory scopes,
    CareWakeUps wakeUps,
    CareTimerProcessor processor,
    CareFailures failures,
    IOptions<CareEngineOptions> options,
    TimeProvider clock,
    ILogger<CareSweep> logger)
{
    private const int Batch = 1000;

    /// <summary>
    /// Schedules missing wake-ups, then runs the pending timers that are due: all of them (the operator's
    /// "run what is due now"), or only those overdue by more than the sweep's grace (the periodic safety net).
    /// </summary>
    public async Task<SweepResult> RunAsync(bool lostOnly, CancellationToken cancellationToken)
    {
        var scheduled = options.Value.Enabled ? await wakeUps.ScheduleMissingAsync(cancellationToken) : 0;
        int done = 0, already = 0, failed = 0;
        var cutoff = clock.GetUtcNow().UtcDateTime - (lostOnly ? options.Value.SweepGrace : TimeSpan.Zero);
        long after = 0;
        while (true)
        {
            List<long> ids;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
                ids = await db.CareTimers.AsNoTracking()
                    .Where(t => t.State == CareTimerState.Pending && t.DueAt <= cutoff && t.Id > after)
                    .OrderBy(t => t.Id).Select(t => t.Id).Take(Batch).ToListAsync(cancellationToken);
            }
            foreach (var id in ids)
            {
                try
                {
                    var (result, _) = await processor.RunAsync(id, cancellationToken);
                    _ = result == TimerRunResult.Done ? done++ : already++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    LogFailed(logger, e, id);
                    await failures.RecordAsync(id, e, final: false, CancellationToken.None);
                }
            }
            if (ids.Count < Batch)
            {
                return new SweepResult(scheduled, done, already, failed);
            }
            after = ids[^1];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep could not run care timer {TimerId}; its own wake-up retries it.")]
    private static partial void LogFailed(ILogger logger, Exception exception, long timerId);
}

/// <summary>Writes what went wrong onto the timer, in a unit of work of its own (the failed one was rolled back).</summary>
public sealed class CareFailures(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(long timerId, Exception error, bool final, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
            var timer = await db.CareTimers.SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
            if (timer is { State: CareTimerState.Pending })
            {
                timer.RecordFailure($"{error.GetType().Name}: {error.Message}", final, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            // The timer moved on meanwhile (done by another run): nothing to record.
        }
    }

    public async Task ForgetWakeUpAsync(long timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
        await db.WriteAsync(() => db.CareTimers.Where(t => t.Id == timerId && t.State == CareTimerState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.WakeUpScheduledAt, (DateTime?)null), cancellationToken), cancellationToken);
    }
}
