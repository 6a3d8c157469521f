using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>The database answers a connection (readiness: a request would reach its data).</summary>
public sealed class DatabaseHealthCheck(WorkshopDbContext db, DatabaseOptions database) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{database.Provider} answers")
                : HealthCheckResult.Unhealthy($"{database.Provider} does not answer");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} does not answer: {e.GetType().Name}");
        }
    }
}
