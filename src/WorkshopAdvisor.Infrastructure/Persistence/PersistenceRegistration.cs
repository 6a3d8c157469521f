using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    public static IServiceCollection AddWorkshopPersistence(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<WorkshopDbContext, SqliteWorkshopDbContext>(o => o
                    .UseSqlite(database.ConnectionString)
                    .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance, AfterCommitInterceptor.Instance)
                    // SQLite rebuilds a table with its foreign keys switched off, which EF Core does outside the migration's
                    // transaction by design, and warns so at every first start: a note for whoever writes migrations, not the shop.
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<WorkshopDbContext, NpgsqlWorkshopDbContext>(o => o.UseNpgsql(database.ConnectionString).AddInterceptors(AfterCommitInterceptor.Instance));
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {database.Provider}.");
        }
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [HealthTags.Ready]);
        services.AddDataProtection().SetApplicationName("WorkshopAdvisor");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }

    /// <summary>Creates or upgrades the schema; for SQLite, creates the file in WAL mode first.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteFiles.PrepareFile(database.ConnectionString);
        }
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkshopDbContext>().Database.MigrateAsync(cancellationToken);
    }
}
