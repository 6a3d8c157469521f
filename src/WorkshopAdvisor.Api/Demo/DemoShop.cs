using Microsoft.Data.Sqlite;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Demo;

/// <summary>
/// <c>--demo-data</c>: the demo shop runs on a SQLite file of its own (<c>Demo:Database</c>), made afresh on every
/// start, so that it never meets the shop's own data (someone who walked the README first still gets the demo, with
/// its passwords printed) and "today" on its boards is today. With <c>Demo:Database</c> empty, the demo data goes
/// into the configured database instead, and only while that has no customers (docs/adr/0023).
/// </summary>
public static class DemoShop
{
    public const string Switch = "--demo-data";

    /// <summary>Before the services are built: seed, and run on the demo's own database if it has one.</summary>
    public static void Configure(IConfiguration configuration)
    {
        configuration["Demo:Seed"] = "true";
        if (OwnDatabase(configuration) is { } database)
        {
            configuration["Database:Provider"] = nameof(DatabaseProvider.Sqlite);
            configuration["ConnectionStrings:Workshop"] = database;
        }
    }

    /// <summary>Deletes the demo's own database file left by an earlier start, before anything opens it.</summary>
    public static void StartAfresh(IServiceProvider services)
    {
        if (OwnDatabase(services.GetRequiredService<IConfiguration>()) is null)
        {
            return;
        }
        var file = new SqliteConnectionStringBuilder(services.GetRequiredService<DatabaseOptions>().ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists))
        {
            File.Delete(path);
        }
        Console.WriteLine($"Demo shop: a new database at {file} (made afresh on every start with {Switch}; the shop's own database is not touched).");
    }

    private static string? OwnDatabase(IConfiguration configuration) =>
        configuration["Demo:Database"] is { Length: > 0 } database ? database : null;
}
