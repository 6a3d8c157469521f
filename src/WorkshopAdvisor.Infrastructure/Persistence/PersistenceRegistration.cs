using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// The oldest SQL Server the queries are written for: 2017 (140), the oldest still supported. EF Core translates
    /// no query into syntax that a newer version alone understands (ADR 0008).
    /// </summary>
    public const int SqlServerCompatibilityLevel = 140;

    public static IServiceCollection AddWorkshopPersistence(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<WorkshopDbContext, SqliteWorkshopDbContext>(o => o.UseWorkshopDatabase(database));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContext<WorkshopDbContext, NpgsqlWorkshopDbContext>(o => o.UseWorkshopDatabase(database));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<WorkshopDbContext, SqlServerWorkshopDbContext>(o => o.UseWorkshopDatabase(database));
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {database.Provider}.");
        }
        services.AddDataProtection().SetApplicationName("WorkshopAdvisor");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }

    /// <summary>The provider and the interceptors, as the API has them; for a context made outside the container too (<see cref="CreateContext"/>).</summary>
    public static DbContextOptionsBuilder UseWorkshopDatabase(this DbContextOptionsBuilder options, DatabaseOptions database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString).AddInterceptors(SqliteBusyTimeoutInterceptor.Instance, AfterCommitInterceptor.Instance),
        DatabaseProvider.Postgres => options.UseNpgsql(database.ConnectionString).AddInterceptors(AfterCommitInterceptor.Instance),
        DatabaseProvider.SqlServer => options.UseSqlServer(database.ConnectionString, o => o.UseCompatibilityLevel(SqlServerCompatibilityLevel)).AddInterceptors(AfterCommitInterceptor.Instance),
        _ => throw new InvalidOperationException($"Unknown provider {database.Provider}."),
    };

    /// <summary>A context of the provider's own type outside the API's container (the data generator, benchmarks, tools).</summary>
    public static WorkshopDbContext CreateContext(this DatabaseOptions database, ICurrentActor actor, TimeProvider clock) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWorkshopDbContext(Options<SqliteWorkshopDbContext>(database), actor, clock),
        DatabaseProvider.Postgres => new NpgsqlWorkshopDbContext(Options<NpgsqlWorkshopDbContext>(database), actor, clock),
        DatabaseProvider.SqlServer => new SqlServerWorkshopDbContext(Options<SqlServerWorkshopDbContext>(database), actor, clock),
        _ => throw new InvalidOperationException($"Unknown provider {database.Provider}."),
    };

    private static DbContextOptions<T> Options<T>(DatabaseOptions database)
        where T : DbContext => (DbContextOptions<T>)new DbContextOptionsBuilder<T>().UseWorkshopDatabase(database).Options;

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
