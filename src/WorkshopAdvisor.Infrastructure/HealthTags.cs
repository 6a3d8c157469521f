namespace WorkshopAdvisor.Infrastructure;

/// <summary>Which health checks answer which question (the API maps them to /health/live and /health/ready).</summary>
public static class HealthTags
{
    /// <summary>May this instance be sent requests: its database answers and its care engine runs.</summary>
    public const string Ready = "ready";
}
