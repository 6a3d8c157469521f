namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>The advisor told the customer the car will be late, why, and when it will be ready instead.</summary>
public sealed class DelayNotice
{
    private DelayNotice()
    {
        Reason = string.Empty;
        RecordedByName = string.Empty;
    }

    internal DelayNotice(string reason, DateTime previousPromise, DateTime newPromise, DateTime notifiedAt, Common.StaffRef by)
    {
        Reason = reason;
        PreviousPromisedCompletionAt = previousPromise;
        NewPromisedCompletionAt = newPromise;
        NotifiedAt = notifiedAt;
        RecordedById = by.UserId;
        RecordedByName = by.Name;
    }

    public string Reason { get; private set; }

    public DateTime PreviousPromisedCompletionAt { get; private set; }

    public DateTime NewPromisedCompletionAt { get; private set; }

    public DateTime NotifiedAt { get; private set; }

    /// <summary>The trade's rule: tell the customer before the promised time, not after.</summary>
    public bool NotifiedInTime => NotifiedAt <= PreviousPromisedCompletionAt;

    public long RecordedById { get; private set; }

    public string RecordedByName { get; private set; }
}
