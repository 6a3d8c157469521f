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
    /// their behalf. The first started job moves the order into the workshop.
    /// </summary>
    public void StartJob(int jobNumber, StaffRef by, bool onBehalf, DateTime now)
    {
        Require(OrderAction.StartJob);
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

    /// <summary>增项: a technician reports an extra fault; it goes to the advisor, nothing is done about it until the customer approves.</summary>
    public ExtraFault ReportExtraFault(string? description, int? jobNumber, StaffRef by, DateTime now)
    {
        Require(OrderAction.ReportExtraFault);
        if (jobNumber is { } n)
        {
            FindJob(n);
        }
        var fault = new ExtraFault(_extraFaults.Count + 1, Text.Required(description, "description", 1000), jobNumber, by, now);
        _extraFaults.Add(fault);
        Stay(OrderAction.ReportExtraFault, $"fault {fault.Number} by {by.Name}");
        return fault;
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

/// <summary>The order has no such job. Maps to 404.</summary>
public sealed class JobNotFoundException(int jobNumber, string orderNumber) : Exception($"Order {orderNumber} has no job {jobNumber}.");
