using System.Diagnostics;

namespace Lotse.Bench.Measure;

/// <summary>Latency percentiles (nearest rank) and throughput of one measured series.</summary>
internal sealed record LatencyStats(int Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs, double RequestsPerSecond, int Errors = 0)
{
    public static LatencyStats From(IReadOnlyList<long> ticks, TimeSpan wall, int errors = 0)
    {
        if (ticks.Count == 0)
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, 0, errors);
        var sorted = ticks.ToArray();
        Array.Sort(sorted);
        return new LatencyStats(sorted.Length, Ms(Percentile(sorted, 50)), Ms(Percentile(sorted, 95)), Ms(Percentile(sorted, 99)),
            Ms(sorted[^1]), sorted.Length / wall.TotalSeconds, errors);
    }

    private static long Percentile(long[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>
/// Runs an async operation over the query mix: a warm-up, then a timed phase with a number of
/// concurrent workers, each cycling through the mix from its own offset. Records every call.
/// </summary>
internal static class LoadLoop
{
    public sealed record Result(LatencyStats Overall, IReadOnlyDictionary<int, LatencyStats> PerQuery);

    public static async Task<Result> RunAsync(int queryCount, Func<int, Task> call, int workers, TimeSpan warmup, TimeSpan duration)
    {
        await Phase(queryCount, call, workers, warmup, record: false);
        return await Phase(queryCount, call, workers, duration, record: true);
    }

    private static async Task<Result> Phase(int queryCount, Func<int, Task> call, int workers, TimeSpan duration, bool record)
    {
        var perWorker = new List<(int Query, long Ticks)>[workers];
        var errors = 0;
        var wall = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var samples = perWorker[w] = new List<(int, long)>(4096);
            var i = w;
            while (wall.Elapsed < duration)
            {
                var query = i++ % queryCount;
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await call(query);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    if (Interlocked.Increment(ref errors) == 1)
                        Console.Error.WriteLine($"  first error: {exception.GetType().Name}: {exception.Message}");
                    continue;
                }
                if (record)
                    samples.Add((query, Stopwatch.GetTimestamp() - start));
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        wall.Stop();

        var all = perWorker.SelectMany(s => s).ToList();
        var overall = LatencyStats.From(all.Select(s => s.Ticks).ToList(), wall.Elapsed, errors);
        var perQuery = all.GroupBy(s => s.Query).ToDictionary(g => g.Key,
            g => LatencyStats.From(g.Select(s => s.Ticks).ToList(), wall.Elapsed));
        return new Result(overall, perQuery);
    }
}
