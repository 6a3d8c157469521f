using System.Data.Common;

namespace WorkshopAdvisor.Testing;

/// <summary>
/// A database the API runs on (the value of <c>Database:Provider</c>) as the tests see it: whether this machine
/// has it, and how to make, open and drop a database of one's own on it. Adding a provider to the tests is one
/// such class and a line in <see cref="DatabaseProviders.All"/>.
/// </summary>
public abstract class DatabaseProvider
{
    private readonly Lazy<string?> _unavailable;

    protected DatabaseProvider()
    {
        _unavailable = new(FindWhyUnavailable);
    }

    /// <summary>The API's name for it (<c>Database:Provider</c>); tests cases and their <c>Provider</c> trait carry it too.</summary>
    public abstract string Name { get; }

    /// <summary>Several API instances may share one database: the care scheduler runs clustered on it.</summary>
    public virtual bool SeveralInstances => false;

    /// <summary>
    /// Whether CI must have it: then a missing server fails the tests under CI=true instead of skipping them.
    /// False only for a server the CI machine cannot install.
    /// </summary>
    public virtual bool RequiredOnCi => true;

    /// <summary>Why this provider's tests are skipped on this machine; null when they run (always under CI=true, if required there).</summary>
    public string? SkipReason => RequiredOnCi && TestEnvironment.IsCi ? null : _unavailable.Value;

    /// <summary>Makes an empty database named after <paramref name="id"/> and returns its connection string.</summary>
    public abstract string CreateDatabase(string id);

    public abstract void DropDatabase(string connectionString);

    /// <summary>A connection of the test's own, outside the API and its pool, not yet opened.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Looked at once per test run: why this machine cannot run the provider, or null.</summary>
    protected abstract string? FindWhyUnavailable();

    public override string ToString() => Name;
}
