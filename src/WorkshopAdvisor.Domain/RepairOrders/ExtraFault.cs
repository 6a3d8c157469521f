namespace WorkshopAdvisor.Domain.RepairOrders;

public enum ExtraFaultStatus
{
    /// <summary>Reported, not (or no longer) priced: the advisor has to price it or record the customer's refusal.</summary>
    Reported,

    /// <summary>Priced on a supplementary estimate that waits for the customer's decision.</summary>
    Estimated,

    Approved,

    /// <summary>Declined, on its estimate or on its own; suggested for the next visit.</summary>
    Declined,
}

/// <summary>An extra fault (增项) a technician found; the advisor turns it into a supplementary estimate, or records that the customer declined it.</summary>
public sealed class ExtraFault
{
    private ExtraFault()
    {
        Description = string.Empty;
        ReportedByName = string.Empty;
    }

    internal ExtraFault(int number, string description, int? jobNumber, bool safety, Common.StaffRef reportedBy, DateTime now)
    {
        Number = number;
        Description = description;
        JobNumber = jobNumber;
        Safety = safety;
        ReportedById = reportedBy.UserId;
        ReportedByName = reportedBy.Name;
        ReportedAt = now;
    }

    public int Number { get; private set; }

    public string Description { get; private set; }

    /// <summary>The job during which it was found, if any.</summary>
    public int? JobNumber { get; private set; }

    public long ReportedById { get; private set; }

    public string ReportedByName { get; private set; }

    public DateTime ReportedAt { get; private set; }

    /// <summary>It concerns the car's safety (brakes, steering, tyres, lights ...): declined, it is printed as suggested for the next visit.</summary>
    public bool Safety { get; private set; }

    /// <summary>The supplementary estimate version that priced it; null while it waits for the advisor.</summary>
    public int? EstimatedInVersion { get; private set; }

    /// <summary>When the customer declined it without a (current) estimate.</summary>
    public DateTime? DeclinedAt { get; private set; }

    /// <summary>The customer who declined it, by name.</summary>
    public string? DeclinedBy { get; private set; }

    public string? DeclineRecordedByName { get; private set; }

    internal void MarkEstimated(int version) => EstimatedInVersion = version;

    internal void Decline(string declinedBy, Common.StaffRef recordedBy, DateTime at)
    {
        DeclinedBy = declinedBy;
        DeclineRecordedByName = recordedBy.Name;
        DeclinedAt = at;
    }
}
