using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.LoadDriver;

internal static class Report
{
    /// <summary>The figures as a markdown table, each throughput also as a ratio to the raw baseline of its kind.</summary>
    public static string Markdown(IReadOnlyList<Result> results, double peakMemoryMiB)
    {
        var rawRead = results.FirstOrDefault(r => r.Scenario.StartsWith("raw-read", StringComparison.Ordinal))?.PerSecond;
        var rawWrite = results.FirstOrDefault(r => r.Scenario.StartsWith("raw-write", StringComparison.Ordinal))?.PerSecond;
        var reads = new[] { "today board", "look-up by plate", "vehicle history", "raw-read (baseline)" };
        var text = new StringBuilder("| scenario | requests/s | p50 ms | p99 ms | max ms | vs raw | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in results)
        {
            var baseline = reads.Contains(r.Scenario) ? rawRead : rawWrite;
            text.Append(CultureInfo.InvariantCulture, $"| {r.Scenario} | {r.PerSecond:F0} | {r.P50:F2} | {r.P99:F2} | {r.Max:F1} | {(baseline is { } b ? (r.PerSecond / b).ToString("F2", CultureInfo.InvariantCulture) : "-")} | {r.Errors} |\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"\nPeak working set of the API process (VmHWM): {peakMemoryMiB:F0} MiB\n");
        return text.ToString();
    }
}

internal static class Repo
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkshopAdvisor.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new DirectoryNotFoundException("WorkshopAdvisor.sln not found");
        }
    }

    public static WorkshopDbContext Context(string provider, string connection) => provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)
        ? new SqliteWorkshopDbContext(new DbContextOptionsBuilder<SqliteWorkshopDbContext>().UseSqlite(connection).Options, SystemActor.Instance, TimeProvider.System)
        : new NpgsqlWorkshopDbContext(new DbContextOptionsBuilder<NpgsqlWorkshopDbContext>().UseNpgsql(connection).Options, SystemActor.Instance, TimeProvider.System);
}
