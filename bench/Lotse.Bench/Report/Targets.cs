using Lotse.Bench.Measure;

namespace Lotse.Bench.Report;

internal sealed record TargetCheck(string Measure, string Value, string Target, bool? Pass);

/// <summary>The targets of issue 3, checked against a size's results (only at the sizes they are set for).</summary>
internal static class Targets
{
    public const string InProcess = "in-process search";
    public const string Http = "GET /api/v1/search (wrk)";
    public const string Ceiling = "constant JSON (wrk)";
    public const string Postgres = "PostgreSQL FTS";

    public static IReadOnlyList<TargetCheck> Check(SizeResult r)
    {
        var checks = new List<TargetCheck>();
        var inProcess = r.Row(InProcess, "1 worker");
        var http32 = r.Row(Http, "32 connections");
        var ceiling32 = r.Row(Ceiling, "32 connections");
        var pg = r.Row(Postgres, "1 worker");

        if (r.Size == 100_000)
        {
            checks.Add(Max("in-process p50", inProcess?.P50Ms, 1, "ms"));
            checks.Add(Max("in-process p99", inProcess?.P99Ms, 5, "ms"));
            checks.Add(Max("HTTP p99 at 32 connections", http32?.P99Ms, 25, "ms"));
            checks.Add(Ratio("HTTP throughput / constant-JSON ceiling (32 connections)",
                http32 is null || ceiling32 is null ? null : http32.RequestsPerSecond / ceiling32.RequestsPerSecond, 0.30));
            checks.Add(Factor("PostgreSQL p50 / in-process p50", inProcess is null || pg is null ? null : pg.P50Ms / inProcess.P50Ms, 10));
            checks.Add(Max("start to first answer, index on disk", r.StartToFirstAnswer?.TotalSeconds, 3, "s"));
        }
        else if (r.Size == 1_000_000)
        {
            checks.Add(Max("index build (app start to first answer, no index)", r.IndexBuild?.TotalSeconds, 120, "s"));
            var peak = Math.Max(r.BuildPeakRss ?? 0, r.ServePeakRss ?? 0);
            checks.Add(Max("peak RSS of the app (build or serve)", peak == 0 ? null : peak / 1e9, 2.5, "GB"));
            checks.Add(Max("in-process p99", inProcess?.P99Ms, 30, "ms"));
        }
        return checks;
    }

    private static TargetCheck Max(string measure, double? value, double target, string unit) =>
        new(measure, value is null ? "—" : $"{value:0.###} {unit}", $"≤ {target} {unit}", value is null ? null : value <= target);

    private static TargetCheck Ratio(string measure, double? value, double target) =>
        new(measure, value is null ? "—" : $"{value:P0}", $"≥ {target:P0}", value is null ? null : value >= target);

    private static TargetCheck Factor(string measure, double? value, double target) =>
        new(measure, value is null ? "—" : $"{value:0.#}×", $"≥ {target}×", value is null ? null : value >= target);
}
