using Microsoft.Extensions.Configuration;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Which database, chosen by configuration: <c>Database:Provider</c> and <c>ConnectionStrings:Workshop</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/workshop.db";

    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider '{providerName}' is not supported; use Sqlite, Postgres or SqlServer.");
        }
        var connectionString = configuration.GetConnectionString("Workshop");
        if (provider != DatabaseProvider.Sqlite)
        {
            return new(provider, connectionString ?? throw new InvalidOperationException($"Database:Provider is {provider} but ConnectionStrings:Workshop is not set."));
        }
        return new(provider, SqliteFiles.AnchorDataSource(connectionString ?? DefaultSqlite, contentRoot));
    }
}
