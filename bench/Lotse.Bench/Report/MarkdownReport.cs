using System.Globalization;
using System.Text;
using Lotse.Bench.Measure;

namespace Lotse.Bench.Report;

/// <summary>Renders a size's results as Markdown: targets first, then every series and the per-query split.</summary>
internal static class MarkdownReport
{
    public static string Render(SizeResult r, string command, string commit, DateTime startedAt)
    {
        var s = new StringBuilder();
        s.AppendLine(Inv($"# Search benchmark: {r.Size:N0} offers"));
        s.AppendLine();
        s.AppendLine(Inv($"- Run: {startedAt:yyyy-MM-dd HH:mm} UTC, commit `{commit}`, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        s.AppendLine($"- Command: `{command}`");
        s.AppendLine(Inv($"- Corpus: {r.Corpus.Size:N0} offers, {r.Corpus.Organizations:N0} organizations, {r.Corpus.TermLinks:N0} term links, {r.Corpus.LanguageLinks:N0} language links, seed {r.Corpus.Seed}; ")
            + (r.Corpus.Reused ? Inv($"reused from an earlier run (generated in {r.Corpus.Elapsed.TotalSeconds:0.0} s)") : Inv($"generated and written in {r.Corpus.Elapsed.TotalSeconds:0.0} s")));
        s.AppendLine(Inv($"- SQLite database {Mb(r.DatabaseBytes)}, Lucene index {Mb(r.IndexBytes)}")
            + (r.PgLoad is { } pg ? Inv($", PostgreSQL database {Mb(pg.DatabaseBytes)} (COPY {pg.Copy.TotalSeconds:0.0} s, indexes {pg.Indexes.TotalSeconds:0.0} s)") : ""));
        s.AppendLine(Inv($"- Typical answer of /api/v1/search (served by the constant-JSON ceiling): {r.ResponseBytes:N0} bytes"));
        s.AppendLine();

        var checks = Targets.Check(r);
        s.AppendLine("## Targets (issue 3)");
        s.AppendLine();
        if (checks.Count == 0)
        {
            s.AppendLine("No targets are set for this size.");
        }
        else
        {
            s.AppendLine("| Measure | Value | Target | Result |");
            s.AppendLine("|---|---:|---:|---|");
            foreach (var c in checks)
                s.AppendLine($"| {c.Measure} | {c.Value} | {c.Target} | {(c.Pass switch { true => "pass", false => "**miss**", null => "not measured" })} |");
        }
        s.AppendLine();

        s.AppendLine("## Start, build and memory of the app process");
        s.AppendLine();
        s.AppendLine("| Measure | Value |");
        s.AppendLine("|---|---:|");
        s.AppendLine($"| index build: process start to first answer, no index on disk | {Seconds(r.IndexBuild)} |");
        s.AppendLine($"| of which the rebuild, as the app logs it | {Seconds(r.IndexRebuildLogged)} |");
        s.AppendLine($"| peak RSS (VmHWM) during the build | {Gb(r.BuildPeakRss)} |");
        s.AppendLine($"| process start to first answer, index on disk | {Seconds(r.StartToFirstAnswer)} |");
        s.AppendLine($"| peak RSS (VmHWM) after the HTTP load | {Gb(r.ServePeakRss)} |");
        s.AppendLine();

        s.AppendLine("## Latency and throughput (query mix)");
        s.AppendLine();
        s.AppendLine("| Subject | Load | Requests | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | Errors |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in r.Rows)
        {
            var x = row.Stats;
            s.AppendLine(Inv($"| {row.Subject} | {row.Load} | {x.Count:N0} | {x.RequestsPerSecond:N0} | {x.P50Ms:0.###} | {x.P95Ms:0.###} | {x.P99Ms:0.###} | {x.MaxMs:0.##} | {x.Errors} |"));
        }
        s.AppendLine();

        s.AppendLine("## Per query (one worker)");
        s.AppendLine();
        s.AppendLine("| Query | Kind | Hits (Lucene) | Hits (PostgreSQL) | in-process p50 | in-process p99 | PostgreSQL p50 | PostgreSQL p99 |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var q in r.Queries)
        {
            s.AppendLine(Inv($"| {q.Label} | {q.Kind} | {Count(q.SearchTotal)} | {Count(q.PgTotal)} | {Ms(q.InProcess?.P50Ms)} | {Ms(q.InProcess?.P99Ms)} | {Ms(q.Postgres?.P50Ms)} | {Ms(q.Postgres?.P99Ms)} |"));
        }
        s.AppendLine();

        if (r.Notes.Count > 0)
        {
            s.AppendLine("## Notes");
            s.AppendLine();
            foreach (var note in r.Notes)
                s.AppendLine($"- {note}");
            s.AppendLine();
        }
        return s.ToString();
    }

    /// <summary>The short form for the console: targets and the main rows.</summary>
    public static string Summary(SizeResult r)
    {
        var s = new StringBuilder();
        s.AppendLine(Inv($"== {r.Size:N0} offers =="));
        foreach (var row in r.Rows)
            s.AppendLine(Inv($"  {row.Subject,-28} {row.Load,-15} {row.Stats.RequestsPerSecond,9:N0} req/s  p50 {row.Stats.P50Ms,8:0.###}  p95 {row.Stats.P95Ms,8:0.###}  p99 {row.Stats.P99Ms,8:0.###} ms  errors {row.Stats.Errors}"));
        s.AppendLine($"  index build {Seconds(r.IndexBuild)}, start to first answer {Seconds(r.StartToFirstAnswer)}, peak RSS build {Gb(r.BuildPeakRss)} / serve {Gb(r.ServePeakRss)}");
        foreach (var c in Targets.Check(r))
            s.AppendLine($"  {(c.Pass switch { true => "pass", false => "MISS", null => "n/a " })}  {c.Measure}: {c.Value} (target {c.Target})");
        return s.ToString();
    }

    private static string Inv(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    private static string Mb(long bytes) => Inv($"{bytes / 1e6:N0} MB");
    private static string Gb(long? bytes) => bytes is null ? "—" : Inv($"{bytes.Value / 1e9:0.00} GB");
    private static string Seconds(TimeSpan? value) => value is null ? "—" : Inv($"{value.Value.TotalSeconds:0.00} s");
    private static string Ms(double? value) => value is null ? "—" : Inv($"{value:0.###} ms");
    private static string Count(int? value) => value is null ? "—" : Inv($"{value:N0}");
}
