using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

public sealed partial class RepairOrder
{
    /// <summary>派工: gives a job to a technician (or moves it to another one while it waits or is paused).</summary>
    public void DispatchJob(int jobNumber, StaffRef technician)
    {
        Require(OrderAction.DispatchJob);
        var job = FindJob(jobNumber);
        job.Dispatch(technician);
        Stay(OrderAction.DispatchJob, $"job {jobNumber} to {technician.Name}");
    }

    /// <summary>
    /// Starts (or resumes) a job. Only the technician it is dispatched to may, unless the foreman acts on
    /// their behalf, and only on a work order the customer and the advisor have signed. The first started job
    /// moves the order into the workshop.
    /// </summary>
    public void StartJob(int jobNumber, StaffRef by, bool onBehalf, DateTime now)
    {
        Require(OrderAction.StartJob);
        RequireWorkOrderSigned("a job starts");
        FindJob(jobNumber).Start(by, onBehalf, now);
        if (Status == OrderStatus.Approved)
        {
            MoveTo(OrderStatus.InProgress, OrderAction.StartJob, $"job {jobNumber} by {by.Name}");
        }
        else
        {
            Stay(OrderAction.StartJob, $"job {jobNumber} by {by.Name}");
        }
    }

    /// <summary>Pauses a job with the reason (waiting for parts, end of shift, ...); the clock stops.</summary>
    public void PauseJob(int jobNumber, string? reason, StaffRef by, bool onBehalf, DateTime now)
    {
        Require(OrderAction.PauseJob);
        var why = Text.Required(reason, "reason", 200);
        FindJob(jobNumber).Pause(by, onBehalf, why, now);
        Stay(OrderAction.PauseJob, $"job {jobNumber}: {why}");
    }

    /// <summary>Finishes a job; when the last one is done and nothing waits for approval, the car goes to final inspection.</summary>
    public void FinishJob(int jobNumber, StaffRef by, bool onBehalf, DateTime now)
    {
        Require(OrderAction.FinishJob);
        FindJob(jobNumber).Finish(by, onBehalf, now);
        AdvanceWhenWorkIsDone(OrderAction.FinishJob, $"job {jobNumber} by {by.Name}");
    }

    /// <summary>
    /// 增项: a technician reports an extra fault, marked when it concerns safety; it goes to the advisor, nothing is done
    /// about it until the customer approves, and it must be decided before final inspection.
    /// </summary>
    public ExtraFault ReportExtraFault(string? description, int? jobNumber, StaffRef by, DateTime now, bool safety = false)
    {
        Require(OrderAction.ReportExtraFault);
        if (jobNumber is { } n)
        {
            FindJob(n);
        }
        var fault = new ExtraFault(_extraFaults.Count + 1, Text.Required(description, "description", 1000), jobNumber, safety, by, now);
        _extraFaults.Add(fault);
        Stay(OrderAction.ReportExtraFault, $"fault {fault.Number} by {by.Name}");
        return fault;
    }

    /// <summary>
    /// The customer declines an extra fault without having it priced (or after seeing it priced on a version that
    /// was replaced): recorded as declined, by whom, and suggested for the next visit.
    /// </summary>
    public void DeclineExtraFault(int number, string? declinedBy, StaffRef advisor, DateTime now)
    {
        Require(OrderAction.DeclineExtraFault);
        var fault = _extraFaults.SingleOrDefault(f => f.Number == number) ?? throw new OrderPartNotFoundException($"Order {Number} has no extra fault {number}.");
        var status = StatusOf(fault);
        if (status != ExtraFaultStatus.Reported)
        {
            throw Refuse(OrderRules.ExtraFaultNotOpen, status == ExtraFaultStatus.Estimated
                ? $"Extra fault {number} is priced on supplementary estimate v{fault.EstimatedInVersion}, which waits for the customer: record their decision on it."
                : $"Extra fault {number} is {status.ToString().ToLowerInvariant()} already.");
        }
        fault.Decline(Text.Required(declinedBy, "declinedBy", 50), advisor, now);
        Stay(OrderAction.DeclineExtraFault, $"fault {number} declined by {fault.DeclinedBy}");
    }

    /// <summary>Where an extra fault stands: reported, priced and waiting, approved, or declined (on its estimate, or on its own).</summary>
    public ExtraFaultStatus StatusOf(ExtraFault fault)
    {
        if (fault.DeclinedAt is not null)
        {
            return ExtraFaultStatus.Declined;
        }
        var version = fault.EstimatedInVersion is { } n ? _estimates.SingleOrDefault(v => v.Number == n) : null;
        return version?.State switch
        {
            VersionState.Pending => ExtraFaultStatus.Estimated,
            VersionState.Decided => version.Lines.Any(l => l.Decision == LineDecision.Approved) ? ExtraFaultStatus.Approved : ExtraFaultStatus.Declined,
            // Not priced yet, or priced on a version that was replaced: the advisor has to act on it again.
            _ => ExtraFaultStatus.Reported,
        };
    }

    /// <summary>
    /// The advisor told the customer the car will be late, why, and the new time. The trade expects this
    /// before the promised time; a later notice is still recorded, marked as late.
    /// </summary>
    public DelayNotice RecordDelayNotice(string? reason, DateTime newPromisedCompletionAt, StaffRef by, DateTime now)
    {
        Require(OrderAction.RecordDelayNotice);
        var previous = PromisedCompletionAt
            ?? throw Refuse(OrderRules.NoPromise, "No completion time has been promised yet: issue an estimate first.");
        if (newPromisedCompletionAt <= previous || newPromisedCompletionAt <= now)
        {
            throw new InvalidValueException("newPromisedCompletionAt", "must be later than both the current promise and now");
        }
        var notice = new DelayNotice(Text.Required(reason, "reason", 500), previous, newPromisedCompletionAt, now, by);
        _delayNotices.Add(notice);
        PromisedCompletionAt = newPromisedCompletionAt;
        Stay(OrderAction.RecordDelayNotice, $"{notice.Reason}; {(notice.NotifiedInTime ? "in time" : "after the promised time")}");
        return notice;
    }

    private Job FindJob(int jobNumber) =>
        _jobs.SingleOrDefault(j => j.Number == jobNumber)
        ?? throw new JobNotFoundException(jobNumber, Number);

    /// <summary>Records the action; when it leaves every job done and nothing waiting for approval, the car goes to final inspection.</summary>
    private void AdvanceWhenWorkIsDone(OrderAction action, string details)
    {
        var done = Status == OrderStatus.InProgress && PendingVersion is null && _jobs.All(j => j.Status == JobStatus.Done);
        MoveTo(done ? OrderStatus.AwaitingInspection : Status, action, done ? details + "; all jobs done" : details);
    }
}

/// <summary>The order has no such part (a job, an extra fault). Maps to 404.</summary>
public class OrderPartNotFoundException(string message) : Exception(message);

/// <summary>The order has no such job. Maps to 404.</summary>
public sealed class JobNotFoundException(int jobNumber, string orderNumber) : OrderPartNotFoundException($"Order {orderNumber} has no job {jobNumber}.");
