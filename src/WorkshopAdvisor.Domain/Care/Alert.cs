using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Care;

public enum AlertKind
{
    /// <summary>The car will not be ready by the promised time and the customer has not been told.</summary>
    LateDelivery,

    /// <summary>A complaint was escalated to the manager (by hand, or because its deadline passed).</summary>
    ComplaintEscalated,

    /// <summary>An escalated complaint was not answered in time.</summary>
    ComplaintAnswerOverdue,

    /// <summary>Compensation waits for the approval of the one reading this (the service manager, or the general manager after the assessment).</summary>
    CompensationApprovalNeeded,

    /// <summary>The car was promised for now, is not ready, and no delay notice moved the promise (to the advisor and the service manager).</summary>
    PromiseMissed,

    /// <summary>A small compensation the department settled itself, reported to the service manager.</summary>
    CompensationReported,

    /// <summary>Compensation for the general manager waits for a technician's assessment of the case.</summary>
    CompensationAssessmentNeeded,

    /// <summary>A revisit heard that the original fault is not fixed: the advisor proposes a warranty return of the order.</summary>
    WarrantyReturnProposed,

    /// <summary>The call after a complaint heard that its problem is not solved: the complaint's owner takes it up again.</summary>
    ComplaintProblemUnsolved,
}

/// <summary>
/// A message to one member of staff that something needs them. The key names what it is about (one
/// order's promise, one complaint's escalation) and is unique, so that the same alert is never raised twice.
/// </summary>
public sealed class Alert : AggregateRoot
{
    private Alert()
    {
        Key = string.Empty;
        Message = string.Empty;
        SubjectType = string.Empty;
    }

    public string Key { get; private set; }

    public long RecipientId { get; private set; }

    public AlertKind Kind { get; private set; }

    public string SubjectType { get; private set; }

    public long SubjectId { get; private set; }

    public string Message { get; private set; }

    public DateTime RaisedAt { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public static Alert Raise(AlertKind kind, long recipientId, string subjectType, long subjectId, string discriminator, string message, DateTime now)
    {
        var alert = new Alert
        {
            Kind = kind,
            RecipientId = recipientId,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Key = $"{kind}/{subjectType}-{subjectId}/{discriminator}/to-{recipientId}",
            Message = Text.Required(message, "message", 1000),
            RaisedAt = now,
        };
        alert.Record("RaiseAlert", null, "Unread", alert.Key);
        return alert;
    }

    /// <summary>The recipient has seen it and acts on it.</summary>
    public void Acknowledge(StaffRef by, DateTime now)
    {
        if (by.UserId != RecipientId)
        {
            throw new RuleViolationException("not-your-alert", "Only the member of staff the alert is for can acknowledge it.");
        }
        if (AcknowledgedAt is not null)
        {
            throw new RuleViolationException("alert-already-acknowledged", $"The alert was acknowledged at {AcknowledgedAt:u}.");
        }
        AcknowledgedAt = now;
        Record("AcknowledgeAlert", "Unread", "Acknowledged", null);
    }
}
