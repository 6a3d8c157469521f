using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// A fresh database on the SQL Server named by WORKSHOP_TEST_SQLSERVER (a connection string whose login may create
/// databases). Debian has no SQL Server package, so CI cannot start one: without the server these tests skip with the
/// reason even under CI=true.
/// </summary>
public sealed class SqlServerProvider : DatabaseProvider
{
    public const string ServerVariable = "WORKSHOP_TEST_SQLSERVER";

    public override string Name => "SqlServer";

    public override bool SeveralInstances => true;

    public override bool RequiredOnCi => false;

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ServerVariable} is not set: the SQL Server tests need a server.");

    public override string CreateDatabase(string id)
    {
        var name = "workshop_test_" + id;
        Admin($"CREATE DATABASE [{name}]");
        return new SqlConnectionStringBuilder(Server) { InitialCatalog = name }.ToString();
    }

    public override void DropDatabase(string connectionString)
    {
        SqlConnection.ClearAllPools();
        var name = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        // A connection the API left behind (a killed process) would hold the database: roll it back and drop.
        Admin($"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
    }

    public override DbConnection CreateConnection(string connectionString) =>
        new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());

    protected override string? FindWhyUnavailable()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is not { Length: > 0 } server)
        {
            return $"no SQL Server: set {ServerVariable} to a connection string whose login may create databases (CI has none: Debian has no SQL Server package)";
        }
        try
        {
            using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { ConnectTimeout = 5 }.ToString());
            connection.Open();
            return null;
        }
        catch (SqlException e)
        {
            return $"SQL Server at {ServerVariable} is not reachable: {e.Message}";
        }
    }

    private static void Admin(string sql)
    {
        using var connection = new SqlConnection(new SqlConnectionStringBuilder(Server) { InitialCatalog = "master" }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
