using System.Data.Common;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// A database of its own for one API under test, on the provider of the running test case unless told
/// otherwise. Kept until disposed, so that a test can start the API again on the same data.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
        : this(DatabaseProviders.Current)
    {
    }

    public TestDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        Name = Guid.NewGuid().ToString("N");
        ConnectionString = provider.CreateDatabase(Name);
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Unique per test database: names what belongs to it (the care engine's scheduler).</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>An open connection of the test's own, outside the API's pool, to look at or change rows behind the API's back.</summary>
    public DbConnection OpenConnection()
    {
        var connection = Provider.CreateConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose() => Provider.DropDatabase(ConnectionString);
}
