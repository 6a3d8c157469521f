using WorkshopAdvisor.Domain.Care;

namespace WorkshopAdvisor.Api.Features.Care;

public enum CallListView
{
    /// <summary>Due and overdue: everything that should be called now.</summary>
    Open,
    Due,
    Overdue,
    Upcoming,
    /// <summary>Every call in any status (with orderId: an order's whole revisit plan).</summary>
    All,
}

public enum CallListKind
{
    /// <summary>回访 after a handover.</summary>
    Revisit,

    /// <summary>An ABC contact with a customer.</summary>
    Contact,

    /// <summary>投诉回访: the call back after a closed complaint.</summary>
    ComplaintFollowUp,
}

/// <summary>One line of the call list: a revisit call about an order, a call back after a complaint, or an ABC contact with a customer.</summary>
public sealed record CallListItem(
    CallListKind Kind,
    long Id,
    long CustomerId,
    string CustomerName,
    string CustomerPhone,
    string? Plate,
    long? OrderId,
    string? OrderNumber,
    string? Offset,
    string Status,
    DateTime DueAt,
    bool IsOverdue,
    long? AgentId,
    string? AgentName,
    int UnreachedAttempts,
    long? ComplaintId);

/// <summary>The answers to the seeds' questions, as the agent heard them (null: not asked or not answered).</summary>
public sealed record RevisitAnswersResponse(bool? UsedCorrectly, bool? BadConditionSince, bool? MetExpectations, bool? FaultFixed);

public sealed record RevisitCallResponse(
    long Id,
    RevisitPurpose Purpose,
    long? OrderId,
    string? OrderNumber,
    long? ComplaintId,
    long CustomerId,
    string CustomerName,
    string CustomerPhone,
    string? Plate,
    long? AdvisorId,
    string? AdvisorName,
    string Offset,
    RevisitCallStatus Status,
    DateTime? HandedOverAt,
    DateTime DueAt,
    DateTime? CameDueAt,
    long? AgentId,
    string? AgentName,
    int UnreachedAttempts,
    int? Satisfaction,
    RevisitAnswersResponse Answers,
    bool WarrantyReturnProposed,
    string? Remarks,
    bool ComplaintRaised,
    DateTime? ClosedAt,
    string? CancellationReason,
    int Version)
{
    public static RevisitCallResponse From(RevisitCall c) => new(
        c.Id, c.Purpose, c.OrderId, c.OrderNumber, c.ComplaintId, c.CustomerId, c.CustomerName, c.CustomerPhone, c.Plate, c.AdvisorId, c.AdvisorName,
        CareRules.Describe(c.Offset), c.Status, c.HandedOverAt, c.DueAt, c.CameDueAt, c.AgentId, c.AgentName, c.UnreachedAttempts,
        c.Satisfaction, new RevisitAnswersResponse(c.UsedCorrectly, c.BadConditionSince, c.MetExpectations, c.FaultFixed), c.ProposesWarrantyReturn,
        c.Remarks, c.ComplaintRaised, c.ClosedAt, c.CancellationReason, c.Version);
}

/// <summary>
/// What the agent heard. Reached: satisfaction 1-5 and the seeds' questions (after handover all four; after a
/// complaint, faultFixed: is its problem solved?). A fault not fixed proposes a warranty return to the advisor.
/// </summary>
public sealed record CallOutcomeRequest(
    bool? Reached,
    int? Satisfaction,
    string? Remarks,
    bool RaiseComplaint,
    string? ComplaintDescription,
    bool? UsedCorrectly,
    bool? BadConditionSince,
    bool? MetExpectations,
    bool? FaultFixed);

public sealed record CallOutcomeResponse(RevisitCallResponse Call, long? ComplaintId);

public sealed record AssignmentRequest(long? AgentId);

public sealed record MoveCallRequest(DateTimeOffset? DueAt, string? Reason);

public sealed record CancelCallRequest(string? Reason);

public sealed record CareContactRequest(bool? Reached, string? Note);

public sealed record CareContactResponse(long Id, bool Reached, string? Note, string By, DateTime At);

public sealed record CustomerCareResponse(long CustomerId, string Name, Domain.Customers.CustomerClass Class, DateTime? LastCareContactAt, DateTime? NextCareContactAt, IReadOnlyList<CareContactResponse> Contacts);

/// <summary>A complaint is owned by whoever opens it, unless ownerId gives it to another member of staff who works complaints.</summary>
public sealed record OpenComplaintRequest(long? CustomerId, long? OrderId, string? Description, long? OwnerId);

public sealed record ComplaintStepRequest(ComplaintStep? Step, string? Note);

public sealed record ProposeSolutionRequest(string? Solution, decimal? Compensation);

public sealed record CompensationDecisionRequest(bool? Approved, string? Note);

public sealed record CompensationAssessmentRequest(string? Findings);

public sealed record EscalateRequest(string? Reason);

public sealed record CloseComplaintRequest(string? Outcome);

public sealed record ComplaintStepResponse(ComplaintStep Step, string? Note, DateTime At, string By);

public sealed record EscalationResponse(EscalationKind Kind, DateTime At, string Reason, long? OwnerId, string? OwnerName);

public sealed record ComplaintResponse(
    long Id,
    long CustomerId,
    string CustomerName,
    string CustomerPhone,
    long? OrderId,
    string? OrderNumber,
    long? RevisitCallId,
    ComplaintSource Source,
    string Description,
    ComplaintStatus Status,
    DateTime OpenedAt,
    string OpenedBy,
    DateTime SolutionDueAt,
    string? ProposedSolution,
    DateTime? SolutionProposedAt,
    decimal Compensation,
    CompensationTier CompensationTier,
    CompensationApproval CompensationApproval,
    string? AssessmentFindings,
    string? AssessedBy,
    DateTime? AssessedAt,
    bool IsEscalated,
    DateTime? EscalatedAt,
    long? OwnerId,
    string? OwnerName,
    DateTime? AnswerDueAt,
    DateTime? AnsweredAt,
    bool IsFlagged,
    DateTime? CurrentDeadline,
    string? Outcome,
    DateTime? ClosedAt,
    IReadOnlyList<ComplaintStepResponse> Steps,
    IReadOnlyList<EscalationResponse> Escalations,
    int Version)
{
    public static ComplaintResponse From(Complaint c) => new(
        c.Id, c.CustomerId, c.CustomerName, c.CustomerPhone, c.OrderId, c.OrderNumber, c.RevisitCallId, c.Source, c.Description, c.Status,
        c.OpenedAt, c.OpenedByName, c.SolutionDueAt, c.ProposedSolution, c.SolutionProposedAt, c.Compensation, c.CompensationTier, c.CompensationApproval,
        c.AssessmentFindings, c.AssessedByName, c.AssessedAt, c.IsEscalated, c.EscalatedAt, c.OwnerId, c.OwnerName, c.AnswerDueAt, c.AnsweredAt, c.IsFlagged, c.CurrentDeadline, c.Outcome, c.ClosedAt,
        [.. c.Steps.Select(s => new ComplaintStepResponse(s.Step, s.Note, s.At, s.ByName))],
        [.. c.Escalations.OrderBy(e => e.At).Select(e => new EscalationResponse(e.Kind, e.At, e.Reason, e.OwnerId, e.OwnerName))],
        c.Version);
}

public sealed record ComplaintListItem(
    long Id,
    string CustomerName,
    string? OrderNumber,
    ComplaintStatus Status,
    bool IsEscalated,
    bool IsFlagged,
    DateTime OpenedAt,
    DateTime? CurrentDeadline,
    string? OwnerName);

public sealed record AlertResponse(long Id, AlertKind Kind, string SubjectType, long SubjectId, string Message, DateTime RaisedAt, DateTime? AcknowledgedAt);

public sealed record AdvisorRevisitSummary(
    long AdvisorId,
    string AdvisorName,
    int CallsClosed,
    int Reached,
    int NotReached,
    decimal ReachedRate,
    decimal? AverageSatisfaction,
    int ComplaintsRaised,
    int FaultsNotFixed);

public sealed record RevisitMonthReport(string Month, IReadOnlyList<AdvisorRevisitSummary> Advisors, AdvisorRevisitSummary Total);
