using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkshopAdvisor.Infrastructure.Persistence;

public static class NumberSequenceExtensions
{
    /// <summary>
    /// The next value of a named counter, taken atomically by the database (one upsert that both SQLite
    /// and PostgreSQL understand), so that parallel receptions never get the same order number.
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
            command.CommandText = """
                INSERT INTO "NumberSequences" ("Key", "Value") VALUES (@key, 1)
                ON CONFLICT ("Key") DO UPDATE SET "Value" = "NumberSequences"."Value" + 1
                RETURNING "Value"
                """;
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
}
