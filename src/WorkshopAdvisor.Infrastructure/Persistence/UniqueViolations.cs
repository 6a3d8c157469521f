using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public static class UniqueViolations
{
    /// <summary>The insert broke a unique key: on SQLite error 19 (constraint) with UNIQUE, on PostgreSQL 23505.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
