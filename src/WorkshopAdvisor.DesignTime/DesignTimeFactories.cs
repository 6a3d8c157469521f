using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.DesignTime;

/// <summary>Builds the SQLite context for `dotnet ef`; no database is opened to add a migration or write a script.</summary>
public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteWorkshopDbContext>
{
    public SqliteWorkshopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkshopDbContext>().UseSqlite("Data Source=design-time.db").Options, SystemActor.Instance, TimeProvider.System);
}

/// <summary>Builds the PostgreSQL context for `dotnet ef`.</summary>
public sealed class NpgsqlFactory : IDesignTimeDbContextFactory<NpgsqlWorkshopDbContext>
{
    public NpgsqlWorkshopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlWorkshopDbContext>().UseNpgsql("Host=localhost;Database=workshop").Options, SystemActor.Instance, TimeProvider.System);
}

/// <summary>Builds the SQL Server context for `dotnet ef`.</summary>
public sealed class SqlServerFactory : IDesignTimeDbContextFactory<SqlServerWorkshopDbContext>
{
    public SqlServerWorkshopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerWorkshopDbContext>().UseSqlServer("Server=localhost;Database=workshop", o => o.UseCompatibilityLevel(PersistenceRegistration.SqlServerCompatibilityLevel))
            .Options, SystemActor.Instance, TimeProvider.System);
}
