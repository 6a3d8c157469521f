using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace WorkshopAdvisor.Benchmarks.Support;

/// <summary>
/// What every benchmark here reports: the median and the tail (P95, P99) of the time per operation,
/// and operations per second. Jobs (warm-up, iterations, threads) are chosen per benchmark class.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        Add(DefaultConfig.Instance);
        HideColumns(StatisticColumn.Error, StatisticColumn.StdDev);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new NearestRankPercentileColumn(99), StatisticColumn.OperationsPerSecond, StatisticColumn.Iterations);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
    }
}
