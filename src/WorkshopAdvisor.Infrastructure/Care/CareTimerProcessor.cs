using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Infrastructure.Care;

public enum TimerRunResult
{
    /// <summary>This run did the work and marked the timer done, in one transaction.</summary>
    Done,

    /// <summary>Another run (a second firing, another node, the sweep) did it first: nothing was written.</summary>
    AlreadyDone,

    /// <summary>The timer's time has not come (by this node's clock); left pending.</summary>
    NotYet,
}

/// <summary>
/// The work of one care timer, done exactly once: load the timer, leave it if it is not pending any more,
/// do what it stands for, and mark it done in the same transaction. Two runs at once both read it pending,
/// but only one can write: the timer's version (and the unique keys of calls, escalations and alerts)
/// turn the other's commit into a conflict, which is read as "already done".
/// </summary>
public sealed class CareTimerProcessor(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CareRules> rules, IAgentAssignment assignment)
{
    public async Task<(TimerRunResult Result, string Outcome)> RunAsync(long timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
        var timer = await db.CareTimers.SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
        if (timer is null)
        {
            return (TimerRunResult.AlreadyDone, $"no timer {timerId}");
        }
        if (timer.State != CareTimerState.Pending)
        {
            return (TimerRunResult.AlreadyDone, $"already {timer.State}: {timer.Outcome ?? timer.LastError}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (timer.DueAt > now)
        {
            return (TimerRunResult.NotYet, $"due at {timer.DueAt:u}");
        }
        var outcome = timer.Kind switch
        {
            CareTimerKind.RevisitCallDue => await CallComesDueAsync(db, timer, now, cancellationToken),
            CareTimerKind.ComplaintSolutionDeadline => await SolutionDeadlineAsync(db, timer, now, cancellationToken),
            CareTimerKind.ComplaintAnswerDeadline => await AnswerDeadlineAsync(db, timer, now, cancellationToken),
            CareTimerKind.LateDeliveryCheck => await LateDeliveryCheckAsync(db, timer, now, cancellationToken),
            CareTimerKind.PromiseMissedCheck => await PromiseMissedCheckAsync(db, timer, now, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown timer kind {timer.Kind}."),
        };
        timer.Complete(outcome, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (TimerRunResult.Done, outcome);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (TimerRunResult.AlreadyDone, "done by another run at the same time");
        }
        catch (DbUpdateException e) when (UniqueViolations.IsUniqueViolation(e))
        {
            // What this run would have written exists already: someone else did the work. The timer itself
            // may still be pending (another timer raised the same alert), so close it without doing anything.
            return (await CloseAsDuplicateAsync(timerId, cancellationToken), "done by another run: its result exists already");
        }
    }

    private async Task<TimerRunResult> CloseAsDuplicateAsync(long timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
        var timer = await db.CareTimers.SingleAsync(t => t.Id == timerId, cancellationToken);
        if (timer.State == CareTimerState.Pending)
        {
            timer.Complete("nothing to do: the same result was written by another run", clock.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Closed by yet another run in the meantime: just as good.
            }
        }
        return TimerRunResult.AlreadyDone;
    }

    private async Task<string> CallComesDueAsync(WorkshopDbContext db, CareTimer timer, DateTime now, CancellationToken ct)
    {
        var call = await db.RevisitCalls.SingleOrDefaultAsync(c => c.Id == timer.SubjectId, ct);
        if (call is null)
        {
            return $"nothing to do: no call {timer.SubjectId}";
        }
        if (call.Status != RevisitCallStatus.Planned)
        {
            return $"nothing to do: call {call.Id} is {call.Status}";
        }
        if (call.DueAt != timer.DueAt)
        {
            return $"nothing to do: call {call.Id} was moved to {call.DueAt:u}";
        }
        var agent = call.AgentId is null ? await assignment.ChooseAgentAsync(db, call.Id, ct) : null;
        call.ComeDue(agent, now);
        return $"call {call.Id} due for {call.AgentName ?? "any agent (no care agent is active)"}";
    }

    private async Task<string> SolutionDeadlineAsync(WorkshopDbContext db, CareTimer timer, DateTime now, CancellationToken ct)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == timer.SubjectId, ct);
        if (complaint is null || !complaint.SolutionDeadlineMissed(now))
        {
            return $"nothing to do: complaint {timer.SubjectId} has a solution, is escalated or closed";
        }
        var manager = await ServiceManagerAsync(db, ct);
        complaint.EscalateForMissedDeadline(manager, rules.Value, now);
        if (manager is not null)
        {
            db.Alerts.Add(Alert.Raise(AlertKind.ComplaintEscalated, manager.UserId, nameof(Complaint), complaint.Id, nameof(EscalationKind.SolutionDeadlineMissed),
                $"投诉升级 Complaint of {complaint.CustomerName} escalated to you: no solution proposed within the deadline ({complaint.SolutionDueAt:u}). Answer due {complaint.AnswerDueAt:u}.", now));
        }
        return $"complaint {complaint.Id} escalated to {manager?.Name ?? "the service manager (none active)"}";
    }

    private async Task<string> AnswerDeadlineAsync(WorkshopDbContext db, CareTimer timer, DateTime now, CancellationToken ct)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == timer.SubjectId, ct);
        if (complaint is null || !complaint.AnswerDeadlineMissed(now))
        {
            return $"nothing to do: complaint {timer.SubjectId} was answered, closed or flagged already";
        }
        complaint.FlagMissedAnswer(now);
        var recipient = complaint.OwnerId ?? (await ServiceManagerAsync(db, ct))?.UserId;
        if (recipient is { } id)
        {
            db.Alerts.Add(Alert.Raise(AlertKind.ComplaintAnswerOverdue, id, nameof(Complaint), complaint.Id, nameof(EscalationKind.AnswerDeadlineMissed),
                $"投诉超时 The escalated complaint of {complaint.CustomerName} was due an answer at {complaint.AnswerDueAt:u}.", now));
        }
        return $"complaint {complaint.Id} flagged: answer overdue";
    }

    private static async Task<string> LateDeliveryCheckAsync(WorkshopDbContext db, CareTimer timer, DateTime now, CancellationToken ct)
    {
        var (order, nothingToDo) = await PromiseStillBrokenAsync(db, timer, ct);
        if (order is null)
        {
            return nothingToDo!;
        }
        var promise = timer.SubjectTime!.Value;
        db.Alerts.Add(Alert.Raise(AlertKind.LateDelivery, order.AdvisorId, nameof(RepairOrder), timer.SubjectId, PromiseKey(promise),
            $"交车预警 {order.Number} ({order.Plate ?? "-"}, {order.CustomerName}) is {order.Status} and was promised for {promise:u}: tell the customer now, with the reason and a new time (delay notice).", now));
        return $"late-delivery alert for {order.Number} to its advisor";
    }

    /// <summary>The promised time has come, the car is not ready and no delay notice moved the promise: the advisor and the service manager hear of it.</summary>
    private static async Task<string> PromiseMissedCheckAsync(WorkshopDbContext db, CareTimer timer, DateTime now, CancellationToken ct)
    {
        var (order, nothingToDo) = await PromiseStillBrokenAsync(db, timer, ct);
        if (order is null)
        {
            return nothingToDo!;
        }
        var promise = timer.SubjectTime!.Value;
        var managers = await db.Users.AsNoTracking().Where(u => u.Role == Role.Manager && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        foreach (var recipient in managers.Append(order.AdvisorId).Distinct())
        {
            db.Alerts.Add(Alert.Raise(AlertKind.PromiseMissed, recipient, nameof(RepairOrder), timer.SubjectId, PromiseKey(promise),
                $"失约 {order.Number} ({order.Plate ?? "-"}, {order.CustomerName}, advisor {order.AdvisorName}) was promised for {promise:u} and is still {order.Status}; no delay notice was given before the promise.", now));
        }
        return $"missed-promise alert for {order.Number} to its advisor and {managers.Count} service manager(s)";
    }

    private sealed record PromisedOrder(string Number, string? Plate, string CustomerName, long AdvisorId, string AdvisorName, OrderStatus Status);

    /// <summary>The order, if the promise the timer guards still stands and the car is not ready; else why there is nothing to do.</summary>
    private static async Task<(PromisedOrder? Order, string? NothingToDo)> PromiseStillBrokenAsync(WorkshopDbContext db, CareTimer timer, CancellationToken ct)
    {
        var order = await db.RepairOrders.AsNoTracking().Where(o => o.Id == timer.SubjectId)
            .Select(o => new { o.Number, o.Plate, o.CustomerName, o.AdvisorId, o.AdvisorName, o.Status, o.PromisedCompletionAt })
            .SingleOrDefaultAsync(ct);
        if (order is null)
        {
            return (null, $"nothing to do: no order {timer.SubjectId}");
        }
        if (!PromiseCheck.IsBroken(order.Status, order.PromisedCompletionAt, timer.SubjectTime!.Value))
        {
            return (null, order.PromisedCompletionAt != timer.SubjectTime
                ? $"nothing to do: the promise of {order.Number} moved to {order.PromisedCompletionAt:u} (delay notice or new estimate)"
                : $"nothing to do: {order.Number} is {order.Status}");
        }
        return (new PromisedOrder(order.Number, order.Plate, order.CustomerName, order.AdvisorId, order.AdvisorName, order.Status), null);
    }

    private static string PromiseKey(DateTime promise) => promise.ToString("yyyyMMddTHHmmssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<StaffRef?> ServiceManagerAsync(WorkshopDbContext db, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Role == Role.Manager && u.IsActive).OrderBy(u => u.Id)
            .Select(u => new StaffRef(u.Id, u.DisplayName)).FirstOrDefaultAsync(ct);
}

/// <summary>Who gets a call that comes due without an agent: replaceable (tests use it to make the work fail on purpose).</summary>
public interface IAgentAssignment
{
    Task<StaffRef?> ChooseAgentAsync(WorkshopDbContext db, long callId, CancellationToken cancellationToken);
}

/// <summary>
/// The active care agents take the calls in turn, by call number: an even spread that costs one small
/// query whatever the length of the list (counting each agent's open calls per call did not scale to a
/// backlog of thousands). Reassigning by hand evens out what this does not.
/// </summary>
public sealed class RoundRobinAgents : IAgentAssignment
{
    public async Task<StaffRef?> ChooseAgentAsync(WorkshopDbContext db, long callId, CancellationToken cancellationToken)
    {
        var agents = await db.Users.AsNoTracking()
            .Where(u => u.Role == Role.CareAgent && u.IsActive)
            .OrderBy(u => u.Id)
            .Select(u => new StaffRef(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
        return agents.Count == 0 ? null : agents[(int)(callId % agents.Count)];
    }
}
