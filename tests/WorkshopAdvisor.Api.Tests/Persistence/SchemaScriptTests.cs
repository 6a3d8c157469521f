using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkshopAdvisor.Infrastructure.Persistence;
using WorkshopAdvisor.Testing.Providers;

namespace WorkshopAdvisor.Api.Tests.Persistence;

/// <summary>The model, the migrations of each provider and the scripts in db/ never drift apart.</summary>
[WithoutDatabase]
public sealed class SchemaScriptTests
{
    private const string Regenerate = "Run db/generate.sh (and add a migration for every provider first if the model changed: db/README.md).";

    [Fact]
    public void Model_HasNoChangesMissingAMigration_OnAnyProvider()
    {
        using var sqlite = Contexts.Sqlite();
        using var postgres = Contexts.Postgres();
        using var sqlServer = Contexts.SqlServer();

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The model changed without a SQLite migration. " + Regenerate);
        Assert.False(postgres.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration. " + Regenerate);
        Assert.False(sqlServer.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration. " + Regenerate);
    }

    [Fact]
    public void SqliteScript_InDb_MatchesTheMigrations()
    {
        using var db = Contexts.Sqlite();
        var expected = db.GetService<IMigrator>().GenerateScript();
        Assert.True(Normalize(expected) == Normalize(File.ReadAllText(RepoFile("db/sqlite/schema.sql"))), "db/sqlite/schema.sql is out of date. " + Regenerate);
    }

    [Fact]
    public void PostgresScript_InDb_MatchesTheMigrationsAndIsIdempotent()
    {
        using var db = Contexts.Postgres();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var actual = File.ReadAllText(RepoFile("db/postgres/schema.sql"));
        Assert.True(Normalize(expected) == Normalize(actual), "db/postgres/schema.sql is out of date. " + Regenerate);
        Assert.Contains("IF NOT EXISTS(SELECT 1 FROM \"__EFMigrationsHistory\"", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServerScript_InDb_MatchesTheMigrationsAndIsIdempotent()
    {
        using var db = Contexts.SqlServer();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var actual = File.ReadAllText(RepoFile("db/sqlserver/schema.sql"));
        Assert.True(Normalize(expected) == Normalize(actual), "db/sqlserver/schema.sql is out of date. " + Regenerate);
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", Normalize(actual), StringComparison.Ordinal);
    }

    private static string Normalize(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Trim();

    public static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkshopAdvisor.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("WorkshopAdvisor.sln not found above the test output."), relative);
    }

    internal static class Contexts
    {
        public static SqliteWorkshopDbContext Sqlite() =>
            new(new DbContextOptionsBuilder<SqliteWorkshopDbContext>().UseSqlite("Data Source=:memory:").Options, SystemActor.Instance, TimeProvider.System);

        public static NpgsqlWorkshopDbContext Postgres() =>
            new(new DbContextOptionsBuilder<NpgsqlWorkshopDbContext>().UseNpgsql("Host=localhost").Options, SystemActor.Instance, TimeProvider.System);

        /// <summary>As the API configures it; never opened: scripts and query texts need the provider, not a server.</summary>
        public static SqlServerWorkshopDbContext SqlServer() =>
            (SqlServerWorkshopDbContext)new DatabaseOptions(DatabaseProvider.SqlServer, "Server=localhost;Database=workshop").CreateContext(SystemActor.Instance, TimeProvider.System);
    }
}
