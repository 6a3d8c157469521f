using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Benchmark;

/// <summary>
/// What the machine allows: the nearest raw single-row read and write with plain ADO.NET, behind the same
/// sign-in, on the same server and database. The load test reports every endpoint as a ratio to these.
/// Mapped only when <c>Benchmark:BaselineEndpoints</c> is true; never in a shop's configuration.
/// </summary>
public static class BaselineEndpoints
{
    public static void MapBenchmarkBaselines(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Benchmark:BaselineEndpoints"))
        {
            return;
        }
        var group = app.MapGroup("/benchmark").RequireAuthorization(Policies.Staff).ExcludeFromDescription();

        group.MapGet("/raw-read/{id:long}", async (long id, DatabaseOptions database, CancellationToken ct) =>
        {
            await using var connection = await OpenAsync(database, ct);
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "Id", "Vin", "Plate", "Model", "LastOdometerKm" FROM "Vehicles" WHERE "Id" = @id""";
            AddId(command, id);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? Results.Ok(new { Id = reader.GetInt64(0), Vin = reader.GetString(1), Plate = reader.IsDBNull(2) ? null : reader.GetString(2), Model = reader.GetString(3), Km = reader.GetInt32(4) })
                : Results.NotFound();
        });

        // On SQLite the raw write queues behind the same write gate as the API's own writes (SqliteWriteGate):
        // without it, the baseline would measure SQLite's busy-handler sleeps, not what the machine allows.
        group.MapPost("/raw-write/{id:long}", (long id, DatabaseOptions database, TimeProvider clock, CancellationToken ct) =>
            database.Provider == DatabaseProvider.Sqlite
                ? SqliteWriteGate.For(database.ConnectionString).RunAsync(() => RawWrite(id, database, clock, ct), ct)
                : RawWrite(id, database, clock, ct));
    }

    private static async Task<IResult> RawWrite(long id, DatabaseOptions database, TimeProvider clock, CancellationToken ct)
    {
        await using var connection = await OpenAsync(database, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """UPDATE "Vehicles" SET "LastOdometerAt" = @at WHERE "Id" = @id""";
        AddId(command, id);
        var at = command.CreateParameter();
        at.ParameterName = "@at";
        at.Value = clock.GetUtcNow().UtcDateTime;
        command.Parameters.Add(at);
        return await command.ExecuteNonQueryAsync(ct) == 1 ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<DbConnection> OpenAsync(DatabaseOptions database, CancellationToken ct)
    {
        DbConnection connection = database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(database.ConnectionString),
            DatabaseProvider.SqlServer => new SqlConnection(database.ConnectionString),
            _ => new NpgsqlConnection(database.ConnectionString),
        };
        await connection.OpenAsync(ct);
        if (connection is SqliteConnection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout=5000;";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        return connection;
    }

    private static void AddId(DbCommand command, long id)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
    }
}
