using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public static class UniqueViolations
{
    /// <summary>SQL Server's two numbers for a duplicate key: a unique index (2601), a primary key or unique constraint (2627).</summary>
    private static readonly int[] SqlServerDuplicateKey = [2601, 2627];

    /// <summary>
    /// The insert broke a unique key: on SQLite error 19 (constraint) with UNIQUE, on PostgreSQL 23505, on SQL Server
    /// 2601 or 2627. Each becomes the same 409 (or the same retry) whatever the provider.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException m => SqlServerDuplicateKey.Contains(m.Number),
        _ => false,
    };
}
