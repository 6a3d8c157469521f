namespace WorkshopAdvisor.Testing;

/// <summary>The providers every API test runs on, and the one the running test case is on.</summary>
public static class DatabaseProviders
{
    private static readonly AsyncLocal<DatabaseProvider?> Running = new();

    /// <summary>SQLite: embedded, nothing to install, the API's default; what a fixture uses outside a per-provider test.</summary>
    public static DatabaseProvider Sqlite { get; } = new SqliteProvider();

    public static IReadOnlyList<DatabaseProvider> All { get; } = [Sqlite, new PostgresProvider(), new SqlServerProvider()];

    /// <summary>The provider of the test case running on this async flow (SQLite outside one).</summary>
    public static DatabaseProvider Current => Running.Value ?? Sqlite;

    public static DatabaseProvider Named(string name) =>
        All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No test database provider named '{name}'.", nameof(name));

    /// <summary>Makes <paramref name="provider"/> the current one for the rest of the calling async flow.</summary>
    internal static void Enter(DatabaseProvider provider) => Running.Value = provider;
}
