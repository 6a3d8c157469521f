using System.Data.Common;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkshopAdvisor.Infrastructure.Care;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Operations;

/// <summary>
/// What the API says when it starts, in a few lines an IT person can read: the database, where it listens, and
/// whether the care engine runs. Everything else that starts (EF Core's migrations, the scheduler, the hosting
/// lifetime) is quiet below Warning (appsettings.json); the first manager's password is printed apart, never logged.
/// </summary>
public static partial class StartupReport
{
    private const string Category = "WorkshopAdvisor";

    /// <summary>Creates or upgrades the schema, and says which database it is and what was done to it.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        var pending = await services.MigrateDatabaseAsync(ct);
        var which = Describe(database);
        var done = pending == 0 ? "schema up to date" : $"{pending} migration(s) applied";
        var logger = Logger(services);
        DatabaseReady(logger, which, done);
    }

    /// <summary>Once the server listens: where, and whether the care engine runs (the readiness check's own answer).</summary>
    public static void ReportWhenStarted(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var logger = Logger(app.Services);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count > 0)
        {
            var where = string.Join(", ", addresses);
            Listening(logger, where, app.Environment.EnvironmentName);
        }
        _ = ReportCareEngineAsync(app.Services, logger, app.Lifetime.ApplicationStopping);
    });

    /// <summary>The scheduler starts just after the server: its check is asked until it runs, or for a minute at most.</summary>
    private static async Task ReportCareEngineAsync(IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        try
        {
            var check = ActivatorUtilities.CreateInstance<CareEngineHealthCheck>(services);
            var context = new HealthCheckContext { Registration = new HealthCheckRegistration(CareEngineHealthCheck.Name, check, null, null) };
            var result = await check.CheckHealthAsync(context, ct);
            for (var waited = 0; result.Status != HealthStatus.Healthy && waited < 240; waited++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
                result = await check.CheckHealthAsync(context, ct);
            }
            CareEngine(logger, result.Status == HealthStatus.Healthy ? LogLevel.Information : LogLevel.Warning, result.Description);
        }
        catch (OperationCanceledException)
        {
            // Stopped while starting: nothing to report.
        }
    }

    /// <summary>Which database, without its password: the SQLite file, or the server and database name.</summary>
    private static string Describe(DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite, {SqliteFile(database)}";
        }
        var parts = new DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        // PostgreSQL names them Host and Database, SQL Server (usually) Server and Initial Catalog.
        string Part(params string[] keys) => keys.Select(k => parts.TryGetValue(k, out var value) ? $"{value}" : null).FirstOrDefault(v => v is not null) ?? "?";
        return $"{database.Provider}, database {Part("Database", "Initial Catalog")} on {Part("Host", "Server", "Data Source")}";
    }

    private static string SqliteFile(DatabaseOptions database) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Database: {Database} ({Done})")]
    private static partial void DatabaseReady(ILogger logger, string database, string done);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Listening on {Addresses} ({Environment}): staff pages at /app, the API at /swagger, health at /health/ready")]
    private static partial void Listening(ILogger logger, string addresses, string environment);

    [LoggerMessage(EventId = 3, Message = "Care engine: {State}")]
    private static partial void CareEngine(ILogger logger, LogLevel level, string? state);

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
}
