using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Infrastructure.Care;

/// <summary>
/// What customer care adds to a unit of work, in its transaction, without the repair order or the customer
/// knowing about care: a handover plans its revisit calls, a closed complaint its follow-up call; a promised
/// completion gets its late-delivery check and its missed-promise check; a customer's class sets their next
/// contact; every call, complaint and promise that must be looked at later gets its timer. After the commit,
/// the timers get their Quartz wake-ups.
/// </summary>
public sealed class CareSaveReaction(IOptions<CareRules> options, CareWakeUps wakeUps) : ISaveReaction
{
    public async ValueTask<Action?> BeforeSaveAsync(WorkshopDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var rules = options.Value;
        var timers = new List<CareTimer>();
        var later = new List<Func<CareTimer?>>();

        foreach (var entry in db.ChangeTracker.Entries<Customer>().ToList())
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(c => c.Class).IsModified))
            {
                entry.Entity.RefreshNextCareContact(rules);
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<RepairOrder>().ToList())
        {
            var order = entry.Entity;
            if (IsHandover(entry))
            {
                var subject = new RevisitSubject(order.Id, order.Number, order.CustomerId, order.CustomerName, order.CustomerPhone, order.Plate,
                    order.AdvisorId, order.AdvisorName, order.HandedOverAt!.Value);
                db.RevisitCalls.AddRange(rules.EffectiveRevisitOffsets.Select(offset => RevisitCall.Plan(subject, offset)));
            }
            if (PromiseChanged(entry) && order.PromisedCompletionAt is { } promise && PromiseCheck.IsNotReady(order.Status))
            {
                foreach (var (kind, checkAt) in new[] { (CareTimerKind.LateDeliveryCheck, Max(promise - rules.LateWarningLeadTime, now)), (CareTimerKind.PromiseMissedCheck, Max(promise, now)) })
                {
                    if (entry.State == EntityState.Added)
                    {
                        later.Add(() => CareTimer.Plan(kind, order.Id, checkAt, now, promise));
                    }
                    else if (!await ExistsAsync(db, kind, order.Id, checkAt, cancellationToken))
                    {
                        timers.Add(CareTimer.Plan(kind, order.Id, checkAt, now, promise));
                    }
                }
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<Complaint>().ToList())
        {
            if (IsClosure(entry))
            {
                db.RevisitCalls.Add(RevisitCall.FollowUp(entry.Entity, rules.ComplaintFollowUpDelay));
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<RevisitCall>().ToList())
        {
            var call = entry.Entity;
            if (call.Status != RevisitCallStatus.Planned)
            {
                continue;
            }
            if (entry.State == EntityState.Added)
            {
                later.Add(() => CareTimer.Plan(CareTimerKind.RevisitCallDue, call.Id, call.DueAt, now));
            }
            else if (entry.State == EntityState.Modified && entry.Property(c => c.DueAt).IsModified
                && !await ExistsAsync(db, CareTimerKind.RevisitCallDue, call.Id, call.DueAt, cancellationToken))
            {
                timers.Add(CareTimer.Plan(CareTimerKind.RevisitCallDue, call.Id, call.DueAt, now));
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<Complaint>().ToList())
        {
            var complaint = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                later.Add(() => CareTimer.Plan(CareTimerKind.ComplaintSolutionDeadline, complaint.Id, complaint.SolutionDueAt, now));
            }
            if (complaint.AnswerDueAt is { } answerDue && (entry.State == EntityState.Added || entry.Property(c => c.AnswerDueAt).IsModified))
            {
                if (entry.State == EntityState.Added)
                {
                    later.Add(() => CareTimer.Plan(CareTimerKind.ComplaintAnswerDeadline, complaint.Id, answerDue, now));
                }
                else if (!await ExistsAsync(db, CareTimerKind.ComplaintAnswerDeadline, complaint.Id, answerDue, cancellationToken))
                {
                    timers.Add(CareTimer.Plan(CareTimerKind.ComplaintAnswerDeadline, complaint.Id, answerDue, now));
                }
            }
        }

        db.CareTimers.AddRange(timers);
        if (timers.Count > 0 || later.Count > 0)
        {
            db.AfterCommit(ct => wakeUps.ScheduleAsync(timers.Select(t => t.Id).ToArray(), ct));
        }
        if (later.Count == 0)
        {
            return null;
        }
        return () =>
        {
            var planned = later.Select(plan => plan()).OfType<CareTimer>().ToList();
            db.CareTimers.AddRange(planned);
            timers.AddRange(planned);
        };
    }

    private static bool IsHandover(EntityEntry<RepairOrder> entry) =>
        entry.State == EntityState.Modified
        && entry.Entity.Status == OrderStatus.HandedOver
        && entry.Property(o => o.Status).OriginalValue != OrderStatus.HandedOver;

    private static bool IsClosure(EntityEntry<Complaint> entry) =>
        entry.State == EntityState.Modified
        && entry.Entity.Status == ComplaintStatus.Closed
        && entry.Property(c => c.Status).OriginalValue != ComplaintStatus.Closed;

    private static bool PromiseChanged(EntityEntry<RepairOrder> entry) =>
        entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(o => o.PromisedCompletionAt).IsModified);

    private static Task<bool> ExistsAsync(WorkshopDbContext db, CareTimerKind kind, long subjectId, DateTime dueAt, CancellationToken ct) =>
        db.CareTimers.AnyAsync(t => t.Kind == kind && t.SubjectId == subjectId && t.DueAt == dueAt, ct);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
