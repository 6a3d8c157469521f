using System.Globalization;
using System.Text;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.LoadDriver;

internal static class Report
{
    /// <summary>The figures as a markdown table, each throughput also as a ratio to the raw baseline of its kind.</summary>
    public static string Markdown(IReadOnlyList<ScenarioResult> results, int workers, int lightWorkers, double peakMemoryMiB)
    {
        double? Baseline(string prefix) => results.FirstOrDefault(r => r.Scenario.StartsWith(prefix, StringComparison.Ordinal))?.Saturated.PerSecond;
        var (rawRead, rawWrite) = (Baseline("raw-read"), Baseline("raw-write"));
        var reads = new[] { "today board", "look-up by plate", "vehicle history", "care call list", "raw-read (baseline)" };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| scenario | requests/s ({workers} clients) | vs raw | p50 ms ({lightWorkers} clients) | p99 ms | max ms | errors |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in results)
        {
            var baseline = reads.Contains(r.Scenario) ? rawRead : rawWrite;
            var ratio = baseline is { } b ? (r.Saturated.PerSecond / b).ToString("F2", CultureInfo.InvariantCulture) : "-";
            text.Append(CultureInfo.InvariantCulture,
                $"| {r.Scenario} | {r.Saturated.PerSecond:F0} | {ratio} | {r.Light.P50:F2} | {r.Light.P99:F2} | {r.Light.Max:F1} | {r.Saturated.Errors + r.Light.Errors} |\n");
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

    public static WorkshopDbContext Context(string provider, string connection) =>
        new DatabaseOptions(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true), connection).CreateContext(SystemActor.Instance, TimeProvider.System);
}
