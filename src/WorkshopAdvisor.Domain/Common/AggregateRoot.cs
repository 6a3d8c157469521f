namespace WorkshopAdvisor.Domain.Common;

/// <summary>
/// Base of the aggregates: it carries the optimistic-concurrency version and the changes made in this
/// unit of work, which the persistence layer turns into audit entries together with who made them.
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<RecordedChange> _changes = [];

    public long Id { get; protected set; }

    /// <summary>Incremented on every saved change; a stale version means someone else changed the aggregate.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<RecordedChange> RecordedChanges => _changes;

    protected void Record(string action, string? fromState, string? toState, string? details = null) =>
        _changes.Add(new RecordedChange(action, fromState, toState, details));

    /// <summary>Called by the persistence layer once the changes are about to be written.</summary>
    public IReadOnlyList<RecordedChange> TakeChanges()
    {
        var taken = _changes.ToArray();
        _changes.Clear();
        if (taken.Length > 0)
        {
            Version++;
        }
        return taken;
    }
}

public sealed record RecordedChange(string Action, string? FromState, string? ToState, string? Details);
