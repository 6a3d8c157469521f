namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>One change to one aggregate: who (user and role), when, what, and the state before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public long? ActorId { get; set; }

    public required string ActorName { get; set; }

    public required string ActorRole { get; set; }

    public required string EntityType { get; set; }

    public long EntityId { get; set; }

    public required string Action { get; set; }

    public string? FromState { get; set; }

    public string? ToState { get; set; }

    public string? Details { get; set; }
}
