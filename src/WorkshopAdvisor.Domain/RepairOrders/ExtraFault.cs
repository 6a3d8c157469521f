namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>An extra fault (增项) a technician found; the advisor turns it into a supplementary estimate.</summary>
public sealed class ExtraFault
{
    private ExtraFault()
    {
        Description = string.Empty;
        ReportedByName = string.Empty;
    }

    internal ExtraFault(int number, string description, int? jobNumber, Common.StaffRef reportedBy, DateTime now)
    {
        Number = number;
        Description = description;
        JobNumber = jobNumber;
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

    /// <summary>The supplementary estimate version that priced it; null while it waits for the advisor.</summary>
    public int? EstimatedInVersion { get; private set; }

    internal void MarkEstimated(int version) => EstimatedInVersion = version;
}
