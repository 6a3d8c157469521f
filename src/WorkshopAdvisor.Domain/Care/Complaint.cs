using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Domain.Care;

public enum ComplaintSource
{
    CareAgent,
    Advisor,
    Revisit,
    Manager,
}

public enum ComplaintStatus
{
    /// <summary>Recorded; the customer waits for a proposed solution.</summary>
    Open,

    /// <summary>A solution was proposed to the customer.</summary>
    SolutionProposed,

    /// <summary>Settled, with the outcome recorded.</summary>
    Closed,
}

/// <summary>The five steps of handling a complaint, in the order the trade teaches them.</summary>
public enum ComplaintStep
{
    Listened,
    Apologised,
    FactsClarified,
    SolutionAgreed,
    Thanked,
}

public enum CompensationApproval
{
    NotNeeded,
    Pending,
    Approved,
    Rejected,
}

public enum EscalationKind
{
    /// <summary>Beyond the advisor's authority: handed to the manager by hand.</summary>
    Manual,

    /// <summary>No solution proposed within the deadline (72 h): escalated automatically.</summary>
    SolutionDeadlineMissed,

    /// <summary>Escalated, and the manager's answer is late (2 days).</summary>
    AnswerDeadlineMissed,
}

public sealed record ComplaintSubject(long CustomerId, string CustomerName, string CustomerPhone, long? OrderId, string? OrderNumber, long? AdvisorId);

/// <summary>
/// 投诉: recorded at once, owned from that moment by whoever took it (首问负责制) unless given to someone;
/// a proposed solution within 72 hours, or it goes to the service manager by itself and is flagged; once
/// escalated, only the service manager (or above) answers it, within 2 days. Compensation follows the
/// ladder: the department settles small amounts and reports them, the service manager approves larger
/// ones, and the largest need a technician's assessment and then the general manager's approval, before
/// the complaint can be closed.
/// </summary>
public sealed class Complaint : AggregateRoot
{
    private readonly List<ComplaintStepRecord> _steps = [];
    private readonly List<ComplaintEscalation> _escalations = [];

    private Complaint()
    {
        CustomerName = string.Empty;
        CustomerPhone = string.Empty;
        Description = string.Empty;
        OpenedByName = string.Empty;
    }

    public long CustomerId { get; private set; }

    public string CustomerName { get; private set; }

    public string CustomerPhone { get; private set; }

    public long? OrderId { get; private set; }

    public string? OrderNumber { get; private set; }

    /// <summary>The advisor of the order complained about, if any.</summary>
    public long? AdvisorId { get; private set; }

    public long? RevisitCallId { get; private set; }

    public ComplaintSource Source { get; private set; }

    public string Description { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public long OpenedById { get; private set; }

    public string OpenedByName { get; private set; }

    /// <summary>The customer must have a proposed solution by then.</summary>
    public DateTime SolutionDueAt { get; private set; }

    public string? ProposedSolution { get; private set; }

    public DateTime? SolutionProposedAt { get; private set; }

    public decimal Compensation { get; private set; }

    /// <summary>The step of the ladder the proposed compensation stood on when it was proposed.</summary>
    public CompensationTier CompensationTier { get; private set; }

    public CompensationApproval CompensationApproval { get; private set; }

    /// <summary>The technician's assessment (鉴定) a compensation for the general manager needs first.</summary>
    public string? AssessmentFindings { get; private set; }

    public long? AssessedById { get; private set; }

    public string? AssessedByName { get; private set; }

    public DateTime? AssessedAt { get; private set; }

    public string? CompensationDecisionNote { get; private set; }

    public bool IsEscalated { get; private set; }

    public DateTime? EscalatedAt { get; private set; }

    /// <summary>
    /// Who is responsible for the complaint now: from the moment it is opened, whoever took it (首问负责制) or
    /// the member of staff it was given to; once escalated, the service manager.
    /// </summary>
    public long? OwnerId { get; private set; }

    public string? OwnerName { get; private set; }

    /// <summary>The escalated complaint must be answered by then.</summary>
    public DateTime? AnswerDueAt { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    /// <summary>Flagged: a deadline passed without what it asked for (a solution, or the manager's answer).</summary>
    public bool IsFlagged { get; private set; }

    public string? Outcome { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public IReadOnlyList<ComplaintStepRecord> Steps => _steps;

    public IReadOnlyList<ComplaintEscalation> Escalations => _escalations;

    /// <summary>The deadline that runs now, if any: the solution's, or once escalated the manager's answer.</summary>
    public DateTime? CurrentDeadline => Status == ComplaintStatus.Closed ? null
        : IsEscalated ? (AnsweredAt is null ? AnswerDueAt : null)
        : SolutionProposedAt is null ? SolutionDueAt : null;

    /// <summary>How the complaint stands, as a refusal names it: "Open", "SolutionProposed, escalated, compensation Pending".</summary>
    public string State => string.Join(", ", new[]
    {
        Status.ToString(),
        IsEscalated ? "escalated" : null,
        CompensationApproval is CompensationApproval.NotNeeded ? null : $"compensation {CompensationApproval}",
    }.OfType<string>());

    /// <summary>Records the complaint, owned by <paramref name="owner"/> if it was given to someone, else by whoever opened it.</summary>
    public static Complaint Open(ComplaintSubject subject, ComplaintSource source, long? revisitCallId, string? description, StaffRef openedBy, StaffRef? owner, CareRules rules, DateTime now)
    {
        var responsible = owner ?? openedBy;
        var complaint = new Complaint
        {
            CustomerId = subject.CustomerId,
            CustomerName = subject.CustomerName,
            CustomerPhone = subject.CustomerPhone,
            OrderId = subject.OrderId,
            OrderNumber = subject.OrderNumber,
            AdvisorId = subject.AdvisorId,
            RevisitCallId = revisitCallId,
            Source = source,
            Description = Text.Required(description, "description", 4000),
            Status = ComplaintStatus.Open,
            OpenedAt = now,
            OpenedById = openedBy.UserId,
            OpenedByName = openedBy.Name,
            OwnerId = responsible.UserId,
            OwnerName = responsible.Name,
            SolutionDueAt = now + rules.ComplaintSolutionDeadline,
            CompensationTier = CompensationTier.None,
            CompensationApproval = CompensationApproval.NotNeeded,
        };
        complaint.Record("OpenComplaint", null, nameof(ComplaintStatus.Open), $"{source}, owned by {responsible.Name}, solution due {complaint.SolutionDueAt:u}");
        return complaint;
    }

    /// <summary>Listened, apologised, facts clarified, solution agreed, thanked: each recorded once, with a note.</summary>
    public void RecordStep(ComplaintStep step, string? note, StaffRef by, DateTime now)
    {
        RequireOpen("RecordStep");
        if (_steps.Any(s => s.Step == step))
        {
            throw new RuleViolationException("step-already-recorded", $"'{step}' was already recorded for this complaint.", State);
        }
        if (step == ComplaintStep.SolutionAgreed)
        {
            RequireSettledSolution("the customer can agree to a solution");
        }
        _steps.Add(new ComplaintStepRecord(step, Text.Optional(note, "note", 1000), now, by));
        Stay("RecordStep", step.ToString());
    }

    /// <summary>
    /// Proposes a solution to the customer, with any compensation, which then stands on its step of the
    /// ladder: the department's own (reported to the service manager), the service manager's approval, or a
    /// technician's assessment and the general manager's approval. On an escalated complaint only the
    /// service manager (or above) proposes, and that is their answer.
    /// </summary>
    public void ProposeSolution(string? solution, decimal compensation, StaffRef by, Role role, CareRules rules, DateTime now)
    {
        RequireOpen("ProposeSolution");
        RequireManagerOnceEscalated("ProposeSolution", role);
        ProposedSolution = Text.Required(solution, "solution", 2000);
        Compensation = Money.RequireAmount(compensation, "compensation");
        CompensationTier = rules.CompensationTierOf(compensation);
        CompensationApproval = CompensationTier is CompensationTier.ServiceManager or CompensationTier.GeneralManager ? CompensationApproval.Pending : CompensationApproval.NotNeeded;
        CompensationDecisionNote = null;
        SolutionProposedAt ??= now;
        if (IsEscalated)
        {
            AnsweredAt ??= now;
        }
        var ladder = CompensationTier switch
        {
            CompensationTier.Department => "; settled by the department, reported to the service manager",
            CompensationTier.ServiceManager => "; needs the service manager's approval",
            CompensationTier.GeneralManager => "; needs a technician's assessment, then the general manager's approval",
            _ => string.Empty,
        };
        MoveTo(ComplaintStatus.SolutionProposed, "ProposeSolution", $"by {by.Name}: compensation {Money.Format(compensation)}{ladder}");
    }

    /// <summary>A small amount the department settled: the service manager is told of it (it needs no approval).</summary>
    public bool CompensationToReport => CompensationTier == CompensationTier.Department && CompensationApproval == CompensationApproval.NotNeeded;

    /// <summary>
    /// 鉴定: the technician's assessment of the case, which compensation for the general manager needs
    /// before it can be approved. Recorded once.
    /// </summary>
    public void RecordAssessment(string? findings, StaffRef technician, DateTime now)
    {
        RequireOpen("RecordAssessment");
        if (CompensationTier != CompensationTier.GeneralManager || CompensationApproval != CompensationApproval.Pending)
        {
            throw new RuleViolationException("no-assessment-needed",
                $"No compensation waits for a technician's assessment: {Money.Format(Compensation)} is on the {CompensationTier} step, {CompensationApproval}.", State);
        }
        if (AssessedAt is not null)
        {
            throw new RuleViolationException("assessment-already-recorded", $"{AssessedByName} recorded the assessment at {AssessedAt:u}.", State);
        }
        AssessmentFindings = Text.Required(findings, "findings", 2000);
        AssessedById = technician.UserId;
        AssessedByName = technician.Name;
        AssessedAt = now;
        Stay("RecordCompensationAssessment", $"by {technician.Name}: {AssessmentFindings}");
    }

    /// <summary>
    /// Approves or rejects the pending compensation. The service manager (or above) decides the middle step;
    /// only the general manager decides the top one, and approves it only once a technician has assessed the case.
    /// </summary>
    public void DecideCompensation(bool approved, string? note, StaffRef by, Role role, DateTime now)
    {
        RequireOpen("DecideCompensation");
        if (CompensationApproval != CompensationApproval.Pending)
        {
            throw new RuleViolationException("no-compensation-pending", $"No compensation waits for approval (it is {CompensationApproval}).", State);
        }
        if (CompensationTier == CompensationTier.GeneralManager)
        {
            if (role != Role.GeneralManager)
            {
                throw new RuleViolationException("general-manager-approval-required",
                    $"Compensation of {Money.Format(Compensation)} is above the service manager's limit: only the general manager decides it.", State);
            }
            if (approved && AssessedAt is null)
            {
                throw new RuleViolationException("technician-assessment-required",
                    $"Compensation of {Money.Format(Compensation)} needs a technician's assessment of the case before the general manager approves it.", State);
            }
        }
        else if (!role.IsServiceManagerOrAbove())
        {
            throw new RuleViolationException("service-manager-approval-required", $"Only the service manager (or above) decides compensation of {Money.Format(Compensation)}.", State);
        }
        CompensationApproval = approved ? CompensationApproval.Approved : CompensationApproval.Rejected;
        CompensationDecisionNote = Text.Optional(note, "note", 1000);
        Stay(approved ? "ApproveCompensation" : "RejectCompensation", $"{Money.Format(Compensation)} by {by.Name} ({role}) at {now:u}");
    }

    /// <summary>What is beyond the advisor's authority goes to the manager, who answers within the escalated deadline.</summary>
    public void Escalate(string? reason, StaffRef owner, CareRules rules, DateTime now)
    {
        RequireOpen("Escalate");
        RequireNotEscalated();
        EscalateTo(EscalationKind.Manual, Text.Required(reason, "reason", 500), owner, rules, now);
    }

    /// <summary>True when the 72 hours have run out with no solution proposed: the engine escalates.</summary>
    public bool SolutionDeadlineMissed(DateTime now) =>
        Status == ComplaintStatus.Open && !IsEscalated && SolutionProposedAt is null && now >= SolutionDueAt;

    /// <summary>The deadline passed with no solution: the complaint goes to the manager on its own, flagged.</summary>
    public void EscalateForMissedDeadline(StaffRef? owner, CareRules rules, DateTime now)
    {
        if (!SolutionDeadlineMissed(now))
        {
            throw new RuleViolationException("solution-deadline-not-missed",
                $"The complaint is {Status}{(IsEscalated ? ", escalated" : string.Empty)}, solution due {SolutionDueAt:u}: nothing to escalate.");
        }
        IsFlagged = true;
        EscalateTo(EscalationKind.SolutionDeadlineMissed, $"no solution proposed by {SolutionDueAt:u}", owner, rules, now);
    }

    public bool AnswerDeadlineMissed(DateTime now) =>
        Status != ComplaintStatus.Closed && IsEscalated && AnsweredAt is null && AnswerDueAt is { } due && now >= due
        && _escalations.All(e => e.Kind != EscalationKind.AnswerDeadlineMissed);

    /// <summary>The manager's answer is late: the complaint is flagged again, once.</summary>
    public void FlagMissedAnswer(DateTime now)
    {
        if (!AnswerDeadlineMissed(now))
        {
            throw new RuleViolationException("answer-deadline-not-missed", "The escalated complaint was answered, or its deadline has not passed, or it was flagged already.");
        }
        IsFlagged = true;
        _escalations.Add(new ComplaintEscalation(EscalationKind.AnswerDeadlineMissed, now, $"not answered by {AnswerDueAt:u}", OwnerId, OwnerName));
        Stay("FlagMissedAnswer", $"answer was due {AnswerDueAt:u}");
    }

    /// <summary>Settles the complaint with its outcome; once escalated, that too is the service manager's (or above).</summary>
    public void Close(string? outcome, StaffRef by, Role role, DateTime now)
    {
        RequireOpen("Close");
        RequireManagerOnceEscalated("Close", role);
        RequireSettledSolution("the complaint can be closed");
        Outcome = Text.Required(outcome, "outcome", 2000);
        ClosedAt = now;
        MoveTo(ComplaintStatus.Closed, "CloseComplaint", $"by {by.Name}: {Outcome}");
    }

    private void EscalateTo(EscalationKind kind, string reason, StaffRef? owner, CareRules rules, DateTime now)
    {
        IsEscalated = true;
        EscalatedAt = now;
        if (owner is not null)
        {
            OwnerId = owner.UserId;
            OwnerName = owner.Name;
        }
        AnswerDueAt = now + rules.EscalatedAnswerDeadline;
        _escalations.Add(new ComplaintEscalation(kind, now, reason, OwnerId, OwnerName));
        Stay("Escalate", $"{kind} to {OwnerName ?? "the service manager"}: {reason}; answer due {AnswerDueAt:u}");
    }

    private void RequireSettledSolution(string what)
    {
        if (SolutionProposedAt is null)
        {
            throw new RuleViolationException("no-solution-proposed", $"Propose a solution before {what}.", State);
        }
        if (CompensationApproval is CompensationApproval.Pending or CompensationApproval.Rejected)
        {
            throw new RuleViolationException("compensation-not-approved",
                $"The compensation of {Money.Format(Compensation)} is {CompensationApproval}: it must be approved (or another solution proposed) before {what}.", State);
        }
    }

    private void RequireOpen(string action)
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new RuleViolationException("complaint-closed", $"'{action}' is not possible: the complaint is closed.", State);
        }
    }

    /// <summary>Once escalated, the complaint is the service manager's: nobody below answers it or stops their clock.</summary>
    private void RequireManagerOnceEscalated(string action, Role role)
    {
        if (IsEscalated && !role.IsServiceManagerOrAbove())
        {
            throw new RuleViolationException("escalated-complaint-manager-only",
                $"'{action}' is refused for a {role}: the complaint was escalated to {OwnerName ?? "the service manager"} at {EscalatedAt:u}, and only the service manager (or above) answers it now (due {AnswerDueAt:u}).",
                State);
        }
    }

    private void RequireNotEscalated()
    {
        if (IsEscalated)
        {
            throw new RuleViolationException("already-escalated", $"The complaint was escalated at {EscalatedAt:u} already.", State);
        }
    }

    private void Stay(string action, string details) => MoveTo(Status, action, details);

    private void MoveTo(ComplaintStatus next, string action, string? details)
    {
        var before = Status;
        Status = next;
        Record(action, before.ToString(), next.ToString(), details);
    }
}

public sealed class ComplaintStepRecord
{
    private ComplaintStepRecord()
    {
        ByName = string.Empty;
    }

    internal ComplaintStepRecord(ComplaintStep step, string? note, DateTime at, StaffRef by)
    {
        Step = step;
        Note = note;
        At = at;
        ById = by.UserId;
        ByName = by.Name;
    }

    public ComplaintStep Step { get; private set; }

    public string? Note { get; private set; }

    public DateTime At { get; private set; }

    public long ById { get; private set; }

    public string ByName { get; private set; }
}

/// <summary>One escalation of a complaint; at most one of each kind (the database holds it to that too).</summary>
public sealed class ComplaintEscalation
{
    private ComplaintEscalation()
    {
        Reason = string.Empty;
    }

    internal ComplaintEscalation(EscalationKind kind, DateTime at, string reason, long? ownerId, string? ownerName)
    {
        Kind = kind;
        At = at;
        Reason = reason;
        OwnerId = ownerId;
        OwnerName = ownerName;
    }

    public EscalationKind Kind { get; private set; }

    public DateTime At { get; private set; }

    public string Reason { get; private set; }

    public long? OwnerId { get; private set; }

    public string? OwnerName { get; private set; }
}
