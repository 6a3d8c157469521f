using System.Data.Common;
using Npgsql;

namespace WorkshopAdvisor.Testing;

/// <summary>A fresh database on the PostgreSQL server named by WORKSHOP_TEST_POSTGRES (an admin connection string).</summary>
public sealed class PostgresProvider : DatabaseProvider
{
    public const string ServerVariable = "WORKSHOP_TEST_POSTGRES";

    /// <summary>How long dropping a test database may wait for an autovacuum worker to leave it: a ceiling.</summary>
    private static readonly TimeSpan DropCeiling = TimeSpan.FromMinutes(1);

    public override string Name => "Postgres";

    public override bool SeveralInstances => true;

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} is not set: the PostgreSQL tests need a server (.ci/run starts one).");

    public override string CreateDatabase(string id)
    {
        var name = "workshop_test_" + id;
        Admin($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    public override void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var drop = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)";
        var giveUpAt = DateTime.UtcNow + DropCeiling;
        while (true)
        {
            try
            {
                Admin(drop);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && DateTime.UtcNow < giveUpAt)
            {
                // An autovacuum worker is in the database, and PostgreSQL 15 lets only a superuser end it for FORCE:
                // it is done in moments.
                Thread.Sleep(500);
            }
        }
    }

    public override DbConnection CreateConnection(string connectionString) =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());

    protected override string? FindWhyUnavailable()
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

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
