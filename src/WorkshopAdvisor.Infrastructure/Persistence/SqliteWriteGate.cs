using System.Collections.Concurrent;

namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>
/// SQLite lets one transaction write at a time. Left to itself, every other writer waits in SQLite's busy
/// handler, which sleeps in steps of up to 100 ms: throughput falls and the slowest requests take hundreds
/// of milliseconds (measured: docs/benchmarks.md). The gate queues this process's writes to one database
/// file in order instead, so the next writer starts the moment the previous one commits. It is re-entrant
/// within one flow of work (a save inside a gated transaction passes). Another process on the same file
/// still meets SQLite's busy timeout.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "One gate per database file, for the life of the process.")]
public sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly AsyncLocal<bool> _held = new();

    public static SqliteWriteGate For(string connectionString) => Gates.GetOrAdd(connectionString, _ => new SqliteWriteGate());

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (_held.Value)
        {
            return await write();
        }
        await _turn.WaitAsync(cancellationToken);
        try
        {
            _held.Value = true;
            return await write();
        }
        finally
        {
            _held.Value = false;
            _turn.Release();
        }
    }
}
