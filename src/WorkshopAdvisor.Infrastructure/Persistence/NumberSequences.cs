using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public static class NumberSequenceExtensions
{
    /// <summary>
    /// SQLite and PostgreSQL: one upsert that both understand. SQLite runs it under its write lock,
    /// PostgreSQL's ON CONFLICT waits for a concurrent insert of the same key and then updates.
    /// </summary>
    private const string OnConflictUpsert = """
        INSERT INTO "NumberSequences" ("Key", "Value") VALUES (@key, 1)
        ON CONFLICT ("Key") DO UPDATE SET "Value" = "NumberSequences"."Value" + 1
        RETURNING "Value"
        """;

    /// <summary>
    /// SQL Server has neither ON CONFLICT nor RETURNING. MERGE is its one-statement upsert, but alone it is not
    /// atomic: two first takes of a new key could both find no row and both insert. HOLDLOCK keeps the key's range
    /// locked from the look to the write, so the second waits and then updates.
    /// </summary>
    private const string MergeUpsert = """
        MERGE [NumberSequences] WITH (HOLDLOCK) AS s
        USING (SELECT @key AS [Key]) AS k ON s.[Key] = k.[Key]
        WHEN MATCHED THEN UPDATE SET [Value] = s.[Value] + 1
        WHEN NOT MATCHED THEN INSERT ([Key], [Value]) VALUES (k.[Key], 1)
        OUTPUT inserted.[Value];
        """;

    /// <summary>
    /// The next value of a named counter, taken atomically by the database (one statement, see
    /// <see cref="NextNumberSql"/>), so that parallel receptions never get the same order number.
    /// </summary>
    public static Task<long> NextNumberAsync(this WorkshopDbContext db, string key, CancellationToken cancellationToken) =>
        db.WriteAsync(() => NextAsync(db, key, cancellationToken), cancellationToken);

    private static async Task<long> NextAsync(WorkshopDbContext db, string key, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = db.Database.NextNumberSql();
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The statement that takes the next number on this context's provider.</summary>
    public static string NextNumberSql(this DatabaseFacade database) => database.IsSqlServer() ? MergeUpsert : OnConflictUpsert;
}
