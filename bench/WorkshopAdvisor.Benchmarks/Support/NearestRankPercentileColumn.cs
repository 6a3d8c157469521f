using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WorkshopAdvisor.Benchmarks.Support;

/// <summary>
/// A percentile of the measured time per operation, by nearest rank over the actual measurements
/// (no interpolation). With one operation per iteration, as the latency benchmarks run, it is the
/// percentile of single PDFs.
/// </summary>
public sealed class NearestRankPercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(NearestRankPercentileColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{percentile}th percentile of the time per operation (nearest rank over all measured iterations), in ms";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var runs = summary[benchmarkCase]?.GetResultRuns();
        if (runs is not { Count: > 0 })
        {
            return "NA";
        }

        var perOperation = runs.Select(m => m.Nanoseconds / m.Operations).Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * perOperation.Length);
        return (perOperation[Math.Clamp(rank, 1, perOperation.Length) - 1] / 1e6).ToString("N3", CultureInfo.InvariantCulture) + " ms";
    }

    public override string ToString() => ColumnName;
}
