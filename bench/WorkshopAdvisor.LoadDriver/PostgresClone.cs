using Npgsql;

namespace WorkshopAdvisor.LoadDriver;

/// <summary>A throw-away copy of the generated PostgreSQL database (a file-level copy made by the server itself).</summary>
internal static class PostgresClone
{
    public static async Task<string> CreateAsync(string template)
    {
        var source = new NpgsqlConnectionStringBuilder(template);
        var clone = $"{source.Database}_load_{Guid.NewGuid():N}"[..Math.Min(63, source.Database!.Length + 38)];
        await ExecuteAsync(template, $"CREATE DATABASE \"{clone}\" TEMPLATE \"{source.Database}\"");
        return new NpgsqlConnectionStringBuilder(template) { Database = clone }.ToString();
    }

    public static async Task DropAsync(string template, string clone)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(template, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(clone).Database}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        // CREATE/DROP DATABASE run outside any database they touch: connect to the maintenance database.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
