using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Care;

public enum RevisitCallStatus
{
    /// <summary>Planned for a later time; nobody needs to see it yet.</summary>
    Planned,

    /// <summary>Its time has come: it stands in the care agents' call list.</summary>
    Due,

    /// <summary>The customer was reached and the outcome recorded.</summary>
    Completed,

    /// <summary>Tried as often as the shop allows without reaching the customer.</summary>
    NotReached,

    /// <summary>Called off, with a reason (the car was sold, the customer asked not to be called).</summary>
    Cancelled,
}

public enum RevisitPurpose
{
    /// <summary>回访 after handover: how the car has been since, in the seeds' questions.</summary>
    AfterHandover,

    /// <summary>投诉回访: the call back some time after a complaint was closed: did the solution work?</summary>
    AfterComplaint,
}

/// <summary>
/// The seeds' questions (售后回访准则): was the car used correctly, any bad condition since, did the work meet
/// the customer's expectations, and is the original fault fixed (after a complaint: is its problem solved).
/// </summary>
public sealed record RevisitAnswers(bool? UsedCorrectly, bool? BadConditionSince, bool? MetExpectations, bool? FaultFixed)
{
    public static readonly RevisitAnswers None = new(null, null, null, null);

    public bool IsEmpty => this == None;
}

/// <summary>What the agent heard on the phone.</summary>
public sealed record CallOutcomeInput(bool Reached, int? Satisfaction, string? Remarks, bool RaiseComplaint, RevisitAnswers? Answers = null);

/// <summary>
/// 回访: one planned call to a customer, at one offset after handover of an order (3 days, 1 week, ...) or
/// after a complaint was closed (15 days). It comes due at its time into the call list, where an agent
/// records whether the customer was reached, how satisfied they are, the answers to the seeds' questions,
/// and whether they have a complaint. A fault not fixed proposes a warranty return and counts as a comeback.
/// </summary>
public sealed class RevisitCall : AggregateRoot
{
    private RevisitCall()
    {
        CustomerName = string.Empty;
        CustomerPhone = string.Empty;
    }

    public RevisitPurpose Purpose { get; private set; }

    /// <summary>The order the call is about: the handed-over one, or the one the complaint was about (if any).</summary>
    public long? OrderId { get; private set; }

    public string? OrderNumber { get; private set; }

    /// <summary>The complaint a follow-up call comes after.</summary>
    public long? ComplaintId { get; private set; }

    public long CustomerId { get; private set; }

    public string CustomerName { get; private set; }

    public string CustomerPhone { get; private set; }

    public string? Plate { get; private set; }

    /// <summary>The advisor who handed the car over: the monthly summary is per advisor. None on a call after a complaint.</summary>
    public long? AdvisorId { get; private set; }

    public string? AdvisorName { get; private set; }

    /// <summary>How long after handover (unique per order) or after the complaint's closure the call was planned.</summary>
    public TimeSpan Offset { get; private set; }

    public DateTime? HandedOverAt { get; private set; }

    public RevisitCallStatus Status { get; private set; }

    /// <summary>When the call is (next) due: the planned time, or the time it was moved or retried to.</summary>
    public DateTime DueAt { get; private set; }

    /// <summary>When it last came into the call list.</summary>
    public DateTime? CameDueAt { get; private set; }

    public long? AgentId { get; private set; }

    public string? AgentName { get; private set; }

    /// <summary>Tries that did not reach the customer.</summary>
    public int UnreachedAttempts { get; private set; }

    public int? Satisfaction { get; private set; }

    public string? Remarks { get; private set; }

    public bool ComplaintRaised { get; private set; }

    public bool? UsedCorrectly { get; private set; }

    public bool? BadConditionSince { get; private set; }

    public bool? MetExpectations { get; private set; }

    /// <summary>Is the original fault fixed (after a complaint: is its problem solved)? False after handover is a comeback.</summary>
    public bool? FaultFixed { get; private set; }

    /// <summary>The original fault is back: the call proposes a warranty return (返修) of the order, and counts as a comeback.</summary>
    public bool ProposesWarrantyReturn => Purpose == RevisitPurpose.AfterHandover && FaultFixed == false;

    /// <summary>After a complaint: the customer says its problem is not solved, so its owner takes it up again.</summary>
    public bool ComplaintProblemUnsolved => Purpose == RevisitPurpose.AfterComplaint && FaultFixed == false;

    /// <summary>When the outcome was recorded (reached, or given up as not reached).</summary>
    public DateTime? ClosedAt { get; private set; }

    public long? ClosedById { get; private set; }

    public string? CancellationReason { get; private set; }

    public bool IsOpen => Status is RevisitCallStatus.Planned or RevisitCallStatus.Due;

    public static RevisitCall Plan(RevisitSubject subject, TimeSpan offset)
    {
        if (offset <= TimeSpan.Zero)
        {
            throw new InvalidValueException("offset", "must be positive");
        }
        var call = new RevisitCall
        {
            Purpose = RevisitPurpose.AfterHandover,
            OrderId = subject.OrderId,
            OrderNumber = subject.OrderNumber,
            CustomerId = subject.CustomerId,
            CustomerName = subject.CustomerName,
            CustomerPhone = subject.CustomerPhone,
            Plate = subject.Plate,
            AdvisorId = subject.AdvisorId,
            AdvisorName = subject.AdvisorName,
            Offset = offset,
            HandedOverAt = subject.HandedOverAt,
            DueAt = subject.HandedOverAt + offset,
            Status = RevisitCallStatus.Planned,
        };
        call.Record("PlanRevisitCall", null, nameof(RevisitCallStatus.Planned), $"{subject.OrderNumber}, {CareRules.Describe(offset)} after handover");
        return call;
    }

    /// <summary>投诉回访: the call back to the customer a while after their complaint was closed ("半个月后我给您打电话").</summary>
    public static RevisitCall FollowUp(Complaint complaint, TimeSpan delay)
    {
        if (complaint.Status != ComplaintStatus.Closed || complaint.ClosedAt is not { } closedAt)
        {
            throw new RuleViolationException("complaint-not-closed", "A complaint is called back once it is closed.", complaint.State);
        }
        if (delay <= TimeSpan.Zero)
        {
            throw new InvalidValueException("delay", "must be positive");
        }
        var call = new RevisitCall
        {
            Purpose = RevisitPurpose.AfterComplaint,
            ComplaintId = complaint.Id,
            OrderId = complaint.OrderId,
            OrderNumber = complaint.OrderNumber,
            CustomerId = complaint.CustomerId,
            CustomerName = complaint.CustomerName,
            CustomerPhone = complaint.CustomerPhone,
            Offset = delay,
            DueAt = closedAt + delay,
            Status = RevisitCallStatus.Planned,
        };
        call.Record("PlanComplaintFollowUp", null, nameof(RevisitCallStatus.Planned), $"complaint {complaint.Id}, {CareRules.Describe(delay)} after it was closed");
        return call;
    }

    /// <summary>
    /// The call's time has come: it goes into the call list, for the agent it was given to or the one the
    /// engine chose. Refused before its time, and on anything but a planned call, so that running it twice
    /// can never put one call in the list twice.
    /// </summary>
    public void ComeDue(StaffRef? agent, DateTime now)
    {
        Require("ComeDue", RevisitCallStatus.Planned);
        if (DueAt > now)
        {
            throw new RuleViolationException("call-not-due-yet", $"The call is due at {DueAt:u}, not yet.");
        }
        if (AgentId is null && agent is not null)
        {
            AgentId = agent.UserId;
            AgentName = agent.Name;
        }
        CameDueAt = now;
        MoveTo(RevisitCallStatus.Due, "ComeDue", AgentName is null ? "unassigned" : $"for {AgentName}");
    }

    /// <summary>
    /// The agent's report of the call. Not reached: the call comes due again after the retry delay, until
    /// the shop's number of tries is spent. Reached: the satisfaction (1-5) is required, and the answers to
    /// the seeds' questions: all four after handover; after a complaint, whether its problem is solved.
    /// </summary>
    public void RecordOutcome(CallOutcomeInput input, StaffRef agent, CareRules rules, DateTime now)
    {
        Require("RecordOutcome", RevisitCallStatus.Due);
        var remarks = Text.Optional(input.Remarks, "remarks", 2000);
        var answers = input.Answers ?? RevisitAnswers.None;
        if (!input.Reached)
        {
            if (input.Satisfaction is not null)
            {
                throw new InvalidValueException("satisfaction", "cannot be given for a customer who was not reached");
            }
            if (!answers.IsEmpty)
            {
                throw new InvalidValueException("answers", "cannot be given for a customer who was not reached");
            }
            if (input.RaiseComplaint)
            {
                throw new InvalidValueException("raiseComplaint", "a complaint needs a customer who was reached");
            }
            UnreachedAttempts++;
            Remarks = remarks ?? Remarks;
            if (UnreachedAttempts < rules.MaxCallAttempts)
            {
                DueAt = now + rules.UnreachedRetryDelay;
                MoveTo(RevisitCallStatus.Planned, "RecordNotReached", $"try {UnreachedAttempts} of {rules.MaxCallAttempts} by {agent.Name}; again at {DueAt:u}");
            }
            else
            {
                Close(agent, now);
                MoveTo(RevisitCallStatus.NotReached, "RecordNotReached", $"try {UnreachedAttempts} of {rules.MaxCallAttempts} by {agent.Name}; given up");
            }
            return;
        }
        CareRules.RequireRating(input.Satisfaction);
        RequireAnswers(answers);
        Satisfaction = input.Satisfaction;
        Remarks = remarks;
        ComplaintRaised = input.RaiseComplaint;
        (UsedCorrectly, BadConditionSince, MetExpectations, FaultFixed) = (answers.UsedCorrectly, answers.BadConditionSince, answers.MetExpectations, answers.FaultFixed);
        Close(agent, now);
        var consequence = ProposesWarrantyReturn ? $"; fault not fixed: warranty return of {OrderNumber} proposed"
            : ComplaintProblemUnsolved ? $"; the problem of complaint {ComplaintId} is not solved"
            : string.Empty;
        MoveTo(RevisitCallStatus.Completed, "RecordReached",
            $"satisfaction {Satisfaction}/5; {Describe(answers)}{consequence}{(ComplaintRaised ? "; complaint raised" : string.Empty)}");
    }

    private void RequireAnswers(RevisitAnswers answers)
    {
        var required = Purpose == RevisitPurpose.AfterHandover
            ? new[] { ("usedCorrectly", answers.UsedCorrectly), ("badConditionSince", answers.BadConditionSince), ("metExpectations", answers.MetExpectations), ("faultFixed", answers.FaultFixed) }
            : [("faultFixed", answers.FaultFixed)];
        foreach (var (field, answer) in required)
        {
            if (answer is null)
            {
                throw new InvalidValueException(field, Purpose == RevisitPurpose.AfterHandover
                    ? "is required: a revisit asks whether the car was used correctly, any bad condition since, whether the work met expectations, and whether the original fault is fixed"
                    : "is required: a call after a complaint asks whether its problem is solved");
            }
        }
    }

    private static string Describe(RevisitAnswers a) => string.Join(", ", new[]
    {
        a.UsedCorrectly is { } used ? $"used correctly {YesNo(used)}" : null,
        a.BadConditionSince is { } bad ? $"bad condition since {YesNo(bad)}" : null,
        a.MetExpectations is { } met ? $"met expectations {YesNo(met)}" : null,
        a.FaultFixed is { } fixedNow ? $"fault fixed {YesNo(fixedNow)}" : null,
    }.OfType<string>());

    private static string YesNo(bool answer) => answer ? "yes" : "no";

    public void Reassign(StaffRef agent)
    {
        Require("Reassign", RevisitCallStatus.Planned, RevisitCallStatus.Due);
        var before = AgentName;
        AgentId = agent.UserId;
        AgentName = agent.Name;
        Stay("Reassign", $"{before ?? "unassigned"} -> {agent.Name}");
    }

    /// <summary>"Call me next week": the call goes back to planned, due at the new time.</summary>
    public void Move(DateTime newDueAt, string? reason, DateTime now)
    {
        Require("Move", RevisitCallStatus.Planned, RevisitCallStatus.Due);
        if (newDueAt <= now)
        {
            throw new InvalidValueException("dueAt", "must be in the future");
        }
        var why = Text.Required(reason, "reason", 500);
        DueAt = newDueAt;
        MoveTo(RevisitCallStatus.Planned, "Move", $"to {newDueAt:u}: {why}");
    }

    public void Cancel(string? reason, StaffRef by, DateTime now)
    {
        Require("Cancel", RevisitCallStatus.Planned, RevisitCallStatus.Due);
        CancellationReason = Text.Required(reason, "reason", 500);
        Close(by, now);
        MoveTo(RevisitCallStatus.Cancelled, "Cancel", CancellationReason);
    }

    private void Close(StaffRef by, DateTime now)
    {
        ClosedAt = now;
        ClosedById = by.UserId;
    }

    private void Require(string action, params RevisitCallStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new RuleViolationException("call-status-conflict",
                $"'{action}' is not allowed while the call is {Status}; it needs a call that is {string.Join(" or ", allowed)}.", Status.ToString());
        }
    }

    private void Stay(string action, string details) => MoveTo(Status, action, details);

    private void MoveTo(RevisitCallStatus next, string action, string? details)
    {
        var before = Status;
        Status = next;
        Record(action, before.ToString(), next.ToString(), details);
    }
}

/// <summary>What a revisit call keeps of the order it is about, copied at handover.</summary>
public sealed record RevisitSubject(
    long OrderId,
    string OrderNumber,
    long CustomerId,
    string CustomerName,
    string CustomerPhone,
    string? Plate,
    long AdvisorId,
    string AdvisorName,
    DateTime HandedOverAt);
