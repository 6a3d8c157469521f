using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace WorkshopAdvisor.Infrastructure.Care;

/// <summary>
/// "The care engine is running": all that readiness (<c>/health/ready</c>) and the start-up report ask of the
/// scheduler. Whichever scheduler runs the engine answers it here, so nothing outside this folder knows which one.
/// </summary>
public sealed class CareEngineHealthCheck(ISchedulerFactory schedulers, IOptions<CareEngineOptions> options) : IHealthCheck
{
    public const string Name = "care-engine";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            // Switched off on purpose (Care:Engine:Enabled): this instance serves requests, another runs the engine.
            return HealthCheckResult.Healthy("switched off in this instance (Care:Engine:Enabled)");
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        var how = metadata.JobStoreClustered ? "clustered" : "one instance";
        return metadata.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy($"running (Quartz, {how}, jobs stored in the database)")
            : HealthCheckResult.Unhealthy($"not running ({metadata.Status})");
    }
}
