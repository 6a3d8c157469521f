#if POSTGRES
using Npgsql;
#endif

namespace WorkshopAdvisor.Api.Tests.Infrastructure;

/// <summary>
/// A database of its own for one API under test. In this project a fresh SQLite file; in the
/// WorkshopAdvisor.Api.Tests.Postgres project (the same sources compiled with POSTGRES) a fresh
/// database on the PostgreSQL server named by WORKSHOP_TEST_POSTGRES. Kept until disposed, so that a
/// test can start the API again on the same data.
/// </summary>
public sealed class TestDatabase : IDisposable
{
#if POSTGRES
    public const string ServerVariable = "WORKSHOP_TEST_POSTGRES";
    private static readonly Lazy<string?> Unavailable = new(CheckServer);
    private readonly string _name = "workshop_test_" + Guid.NewGuid().ToString("N");

    public TestDatabase()
    {
        Admin(command => command.CommandText = $"CREATE DATABASE \"{_name}\"");
    }

    public string Provider => "Postgres";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ToString();

    /// <summary>Why the PostgreSQL run is skipped on this machine; null when it runs (always under CI=true).</summary>
    public static string? SkipReason => RequiresToolsFactAttribute.IsCi ? null : Unavailable.Value;

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException($"{ServerVariable} is not set: the PostgreSQL run needs a server (.ci/run starts one).");

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin(command => command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static void Admin(Action<NpgsqlCommand> prepare)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        prepare(command);
        command.ExecuteNonQuery();
    }

    private static string? CheckServer()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is not { Length: > 0 } server)
        {
            return $"no PostgreSQL server: set {ServerVariable} to an admin connection string (.ci/run starts one)";
        }
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Timeout = 3 }.ToString());
            connection.Open();
            return null;
        }
        catch (NpgsqlException e)
        {
            return $"PostgreSQL at {ServerVariable} is not reachable: {e.Message}";
        }
    }
#else
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "workshop-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase()
    {
        Directory.CreateDirectory(_folder);
    }

    public string Provider => "Sqlite";

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "workshop.db")}";

    public static string? SkipReason => null;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finished test host is cleaned up with the temp folder.
        }
    }
#endif
}
