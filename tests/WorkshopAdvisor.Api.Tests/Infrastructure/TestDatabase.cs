namespace WorkshopAdvisor.Api.Tests.Infrastructure;

/// <summary>
/// A database of its own for one API under test: a fresh SQLite file in the temp folder. Kept after the
/// API stops, so that a test can start the API again on the same file.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder;

    public TestDatabase()
        : this(Guid.NewGuid().ToString("N"))
    {
    }

    private TestDatabase(string name)
    {
        Name = name;
        _folder = Path.Combine(Path.GetTempPath(), "workshop-tests", name);
        Directory.CreateDirectory(_folder);
    }

    public string Name { get; }

    public string FilePath => Path.Combine(_folder, "workshop.db");

    public string Provider => "Sqlite";

    public string ConnectionString => $"Data Source={FilePath}";

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
}
