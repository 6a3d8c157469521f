using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace WorkshopAdvisor.Testing;

/// <summary>A fresh SQLite file in a folder of its own under the temp folder.</summary>
public sealed class SqliteProvider : DatabaseProvider
{
    public override string Name => "Sqlite";

    public override string CreateDatabase(string id)
    {
        var folder = Path.Combine(Path.GetTempPath(), "workshop-tests", id);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "workshop.db")}";
    }

    public override void DropDatabase(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(new SqliteConnectionStringBuilder(connectionString).DataSource)!, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finished test host is cleaned up with the temp folder.
        }
    }

    public override DbConnection CreateConnection(string connectionString) =>
        new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());

    protected override string? FindWhyUnavailable() => null;
}
