using Lotse.Bench.Measure;

namespace Lotse.Bench.Soak;

/// <summary>The figures of one soak run and the verdict on them.</summary>
internal sealed class SoakResult
{
    /// <summary>More open file descriptors at rest after the run than before it is a leak beyond this many (index segments and pooled database connections come and go).</summary>
    public const int FdTolerance = 20;
    public const double RssSpreadLimit = 0.15;

    public required SoakOptions Options { get; init; }
    public required IReadOnlyList<OperationRecord> Records { get; init; }
    public required IReadOnlyList<ProcessSample> Samples { get; init; }
    /// <summary>The app process after sign-in and JIT warm-up with the client's connections closed, before the schedule.</summary>
    public required ProcessSample AtRestBefore { get; init; }
    /// <summary>The same after the schedule, connections closed again.</summary>
    public required ProcessSample AtRestAfter { get; init; }
    /// <summary>Descriptor targets whose count differs at rest after the schedule from before it: (target, before, after).</summary>
    public required IReadOnlyList<(string Target, int Before, int After)> FdChanges { get; init; }
    public required TimeSpan Wall { get; init; }
    public required int PublishedOffers { get; init; }
    public required string Machine { get; init; }

    private IEnumerable<OperationRecord> Measured(OperationKind kind) =>
        Records.Where(r => r.Kind == kind && r.DueAt >= Options.Warmup && r.Outcome.Kind != OutcomeKind.Error);

    public int Count(OperationKind kind) => Records.Count(r => r.Kind == kind);
    public int Count(OutcomeKind outcome) => Records.Count(r => r.Outcome.Kind == outcome);
    public int Errors => Count(OutcomeKind.Error);
    public int Conflicts => Count(OutcomeKind.Conflict);
    public int SavesOk => Records.Count(r => r.Kind == OperationKind.Save && r.Outcome.Kind == OutcomeKind.Ok);

    /// <summary>HTTP requests sent during the schedule: one per read, a form load and a post per save.</summary>
    public int HttpRequests => Count(OperationKind.Read) + 2 * Count(OperationKind.Save);

    private TimeSpan MeasuredWall => Options.Duration - Options.Warmup;

    public LatencyStats Reads => LatencyStats.From(Measured(OperationKind.Read).Select(r => r.LatencyTicks).ToList(), MeasuredWall);
    public LatencyStats Saves => LatencyStats.From(Measured(OperationKind.Save).Select(r => r.LatencyTicks).ToList(), MeasuredWall);
    public LatencyStats SavePosts => LatencyStats.From(Measured(OperationKind.Save).Select(r => r.Outcome.PostTicks).ToList(), MeasuredWall);
    public LatencyStats All => LatencyStats.From(
        Records.Where(r => r.DueAt >= Options.Warmup && r.Outcome.Kind != OutcomeKind.Error).Select(r => r.LatencyTicks).ToList(), MeasuredWall);

    public IReadOnlyList<ProcessSample> AfterWarmup => Samples.Where(s => s.At >= Options.Warmup).ToList() is { Count: > 0 } after ? after : [Samples[^1]];
    public long RssMin => AfterWarmup.Min(s => s.RssBytes);
    public long RssMax => AfterWarmup.Max(s => s.RssBytes);
    public double RssSpread => (double)(RssMax - RssMin) / RssMin;
    /// <summary>The app's CPU time per HTTP request over the schedule: what the rate costs, whatever else runs on the machine.</summary>
    public double CpuMsPerRequest => (Samples[^1].CpuSeconds - Samples[0].CpuSeconds) * 1000 / HttpRequests;

    /// <summary>The rate at which the app's CPU time would fill every core: a fixed rate well below it leaves room for bursts.</summary>
    public double CpuBoundRate => Environment.ProcessorCount * 1000 / CpuMsPerRequest * Records.Count / HttpRequests;

    public int FdGrowth => AtRestAfter.OpenFiles - AtRestBefore.OpenFiles;

    public IEnumerable<(string Detail, int Count)> ErrorKinds =>
        Records.Where(r => r.Outcome.Kind == OutcomeKind.Error)
            .GroupBy(r => Normalise(r.Outcome.Detail ?? ""))
            .Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2);

    public IReadOnlyList<string> Failures
    {
        get
        {
            var failures = new List<string>();
            if (Errors > 0)
                failures.Add($"{Errors} errors");
            if (RssSpread > RssSpreadLimit)
                failures.Add($"RSS spread {RssSpread:P0} after warm-up exceeds {RssSpreadLimit:P0}");
            if (FdGrowth > FdTolerance)
                failures.Add($"open files grew by {FdGrowth} at rest (tolerance {FdTolerance})");
            return failures;
        }
    }

    // Offer ids differ per error; the kind of error does not.
    private static string Normalise(string detail) =>
        System.Text.RegularExpressions.Regex.Replace(detail, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
}
