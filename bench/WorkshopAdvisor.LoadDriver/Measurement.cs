using System.Collections.Concurrent;
using System.Diagnostics;

namespace WorkshopAdvisor.LoadDriver;

/// <summary>One measured phase of a scenario: requests per second and latency percentiles.</summary>
internal sealed record Result(string Scenario, int Requests, int Errors, double PerSecond, double P50, double P99, double Max);

/// <summary>A scenario measured twice: saturated (throughput) and under the light load of one client per core (latency).</summary>
internal sealed record ScenarioResult(string Scenario, Result Saturated, Result Light);

internal static class Measurement
{
    /// <summary>
    /// Runs <paramref name="operation"/> from <paramref name="workers"/> concurrent loops: first for the
    /// warm-up (not recorded), then for the measured duration. An operation returns false when it has
    /// nothing left to do (its prepared pool is used up); the scenario then ends early.
    /// </summary>
    public static async Task<Result> RunAsync(string scenario, int workers, TimeSpan warmUp, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        await Loop(workers, warmUp, operation);
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Loop(workers, duration, async worker =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                if (!await operation(worker))
                {
                    return false;
                }
            }
            catch (HttpRequestException e)
            {
                Interlocked.Increment(ref errors);
                if (errors < 5)
                {
                    Console.Error.WriteLine($"{scenario}: {e.Message}");
                }
                return true;
            }
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Result(scenario, sorted.Length, errors, sorted.Length / elapsed, Percentile(0.50), Percentile(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    private static Task Loop(int workers, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            while (Stopwatch.GetTimestamp() < until && await operation(worker))
            {
            }
        }));
    }
}
