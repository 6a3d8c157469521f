using Microsoft.EntityFrameworkCore;
using Quartz;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Infrastructure.Care;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

public enum WorkState
{
    /// <summary>Pending, waiting for its time (or for its wake-up to be scheduled).</summary>
    Scheduled,

    /// <summary>Being run right now, on any node of the cluster.</summary>
    Running,

    /// <summary>Every retry failed.</summary>
    Failed,

    /// <summary>Done (with what it did).</summary>
    Done,
}

public sealed record WorkItem(
    long Id,
    CareTimerKind Kind,
    long SubjectId,
    DateTime DueAt,
    CareTimerState State,
    bool WakeUpScheduled,
    int Attempts,
    string? LastError,
    DateTime? LastAttemptAt,
    DateTime? CompletedAt,
    string? Outcome);

public sealed record SchedulerStatus(string SchedulerName, string InstanceId, string Status, bool Clustered, IReadOnlyList<string> Nodes, int Pending, int Failed, int WithoutWakeUp);

/// <summary>The care engine for the service manager: what is scheduled, running and failed; retry; run what is due now.</summary>
public static class CareOperations
{
    public static void MapCareOperations(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/care/operations").WithTags("Care engine").RequireAuthorization(Policies.Manager);

        ops.MapGet("/work", ListAsync)
            .WithSummary("The engine's work: scheduled (pending, earliest first), running (now, on any node), failed (with the last error) or done; paged.");

        ops.MapPost("/work/{id:long}/retry", async (long id, WorkshopDbContext db, CareWakeUps wakeUps, CancellationToken ct) =>
        {
            var timer = await db.CareTimers.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException($"No care work {id}.");
            timer.Retry();
            await db.SaveChangesAsync(ct);
            var retried = ToItem(timer);
            await wakeUps.ScheduleAsync([timer.Id], ct);
            return retried;
        }).WithSummary("Sends failed work round again: it is pending and its wake-up fires at once (or at its time, if that is still ahead).");

        ops.MapPost("/run-due", (CareSweep sweep, CancellationToken ct) => sweep.RunAsync(lostOnly: false, ct))
            .WithSummary("Runs, here and now, everything that is due by the clock and still pending, and schedules missing wake-ups: what the engine does on its own; safe to repeat.");

        ops.MapGet("/scheduler", async (ISchedulerFactory schedulers, WorkshopDbContext db, CancellationToken ct) =>
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var meta = await scheduler.GetMetadata(ct);
            var nodes = await scheduler.QueryClusterNodes(ct);
            var pending = await db.CareTimers.CountAsync(t => t.State == CareTimerState.Pending, ct);
            var failed = await db.CareTimers.CountAsync(t => t.State == CareTimerState.Failed, ct);
            var unscheduled = await db.CareTimers.CountAsync(t => t.State == CareTimerState.Pending && t.WakeUpScheduledAt == null, ct);
            return new SchedulerStatus(meta.SchedulerName, meta.SchedulerInstanceId, meta.Status.ToString(), meta.JobStoreClustered,
                [.. nodes.Select(n => $"{n.InstanceId}: {n.State}")], pending, failed, unscheduled);
        }).WithSummary("The scheduler and its cluster nodes, with counts of pending and failed work.");
    }

    private static async Task<PagedList<WorkItem>> ListAsync(WorkState? state, int? page, int? pageSize, WorkshopDbContext db, ISchedulerFactory schedulers, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.CareTimers.AsNoTracking();
        switch (state ?? WorkState.Scheduled)
        {
            case WorkState.Running:
                var scheduler = await schedulers.GetScheduler(ct);
                var firing = await scheduler.QueryFireInstances(new FireInstanceQuery { TriggerGroup = GroupMatcher<TriggerKey>.GroupEquals(CareWakeUps.Group) }, ct);
                var ids = firing.Items.Select(f => f.TriggerKey.Name).Where(n => n.StartsWith("care-timer-", StringComparison.Ordinal))
                    .Select(n => long.Parse(n["care-timer-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                query = query.Where(t => ids.Contains(t.Id));
                break;
            case WorkState.Failed:
                query = query.Where(t => t.State == CareTimerState.Failed);
                break;
            case WorkState.Done:
                query = query.Where(t => t.State == CareTimerState.Done);
                break;
            default:
                query = query.Where(t => t.State == CareTimerState.Pending);
                break;
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.DueAt).ThenBy(t => t.Id).PageOf(p, size).ToListAsync(ct);
        return new PagedList<WorkItem>([.. items.Select(ToItem)], p, size, total);
    }

    private static WorkItem ToItem(CareTimer t) =>
        new(t.Id, t.Kind, t.SubjectId, t.DueAt, t.State, t.WakeUpScheduledAt is not null, t.Attempts, t.LastError, t.LastAttemptAt, t.CompletedAt, t.Outcome);
}
