using System.Globalization;
using System.Text;
using Lotse.Bench.Measure;

namespace Lotse.Bench.Soak;

/// <summary>The soak run as a markdown file for bench/results and as one summary line.</summary>
internal static class SoakReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Summary(SoakResult r)
    {
        var verdict = r.Failures.Count == 0 ? "passed" : "FAILED (" + string.Join("; ", r.Failures) + ")";
        return FormattableString.Invariant(
            $"soak: {r.Options.Duration.TotalSeconds:0} s at {r.Options.Rate:0.#} req/s, {r.Records.Count} operations ({r.HttpRequests} HTTP requests), {r.Errors} errors, {r.Conflicts} conflicts (409), p99 {r.All.P99Ms:0} ms (reads {r.Reads.P99Ms:0} ms, saves {r.Saves.P99Ms:0} ms), RSS {Mb(r.RssMin)}–{Mb(r.RssMax)} MB (+{r.RssSpread * 100:0} %), fds {r.AtRestBefore.OpenFiles}→{r.AtRestAfter.OpenFiles}, threads {r.AtRestBefore.Threads}→{r.AtRestAfter.Threads}, app CPU {r.CpuMsPerRequest:0.0} ms/request: {verdict}");
    }

    public static string Render(SoakResult r, string command, string commit, DateTime startedAt)
    {
        var o = r.Options;
        var s = new StringBuilder();
        void Line(FormattableString text = default!) => s.AppendLine(text is null ? "" : text.ToString(Invariant));

        Line($"# Soak: {o.Duration.TotalMinutes:0.#} min of mixed traffic at {o.Rate:0.#} operations/s");
        Line();
        Line($"- Started {startedAt:yyyy-MM-dd HH:mm} UTC, commit {commit}, wall {r.Wall.TotalSeconds:0} s for the schedule");
        Line($"- Command: `{command}`");
        Line($"- Machine: {r.Machine}");
        Line($"- App: Release build, `dotnet Lotse.dll` as a child process on 127.0.0.1, ASPNETCORE_ENVIRONMENT=Production, SQLite, fresh data folder with the demo data ({r.PublishedOffers} published offers), requests carry `X-Forwarded-Proto: https` as from the county's reverse proxy (Secure cookies, HSTS)");
        Line($"- Schedule: open loop, operation i due at start + i / {o.Rate:0.#} s whatever the answers before it; latency from the due time to the full answer (no coordinated omission); timeout {o.TimeoutSeconds:0} s");
        Line($"- Mix: {1 - o.SaveShare:P0} public reads (half result pages of /{{culture}}/suche with varied text, facets and sorting, half offer pages /{{culture}}/angebote/{{id}}, a fifth in other portal languages), {o.SaveShare:P0} editorial saves by {o.Accounts} accounts of the role \"Redaktion Kreis\" (signed in once through the login form; each save loads /intern/angebote/{{id}}, reads the antiforgery token and concurrency stamp, posts the form with a changed alternative name)");
        Line($"- Warm-up window: the first {o.Warmup.TotalSeconds:0} s of the schedule; latency percentiles and the RSS spread are taken after it, errors are counted over the whole run");
        Line();
        Line($"## Result: {(r.Failures.Count == 0 ? "passed" : "FAILED — " + string.Join("; ", r.Failures))}");
        Line();
        Line($"| | count |");
        Line($"|---|---:|");
        Line($"| operations scheduled | {r.Records.Count} |");
        Line($"| reads | {r.Count(OperationKind.Read)} |");
        Line($"| saves | {r.Count(OperationKind.Save)} |");
        Line($"| saves stored (302 to the saved page) | {r.SavesOk} |");
        Line($"| saves answered 409 (someone else saved first; expected, not an error) | {r.Conflicts} |");
        Line($"| HTTP requests (a save is two) | {r.HttpRequests} |");
        Line($"| errors (5xx, timeouts, any unexpected status) | {r.Errors} |");
        Line();
        if (r.Errors > 0)
        {
            Line($"Errors by kind:");
            Line();
            foreach (var (detail, count) in r.ErrorKinds.Take(10))
                Line($"- {count} × {detail.Replace("|", "\\|", StringComparison.Ordinal)}");
            Line();
        }
        Line($"## Latency after warm-up (ms, from the due time)");
        Line();
        Line($"| | count | p50 | p95 | p99 | max |");
        Line($"|---|---:|---:|---:|---:|---:|");
        Row(s, "all operations", r.All);
        Row(s, "reads", r.Reads);
        Row(s, "saves (form load + post)", r.Saves);
        Row(s, "saves, the post alone", r.SavePosts);
        Line();
        Line($"## The app process");
        Line();
        Line($"Sampled every 5 s from /proc/<pid>/status (VmRSS, Threads) and /proc/<pid>/fd.");
        Line();
        Line($"- CPU time of the app: {r.CpuMsPerRequest:0.0} ms per HTTP request over the schedule, so {Environment.ProcessorCount} cores would be full at about {r.CpuBoundRate:0} operations/s of this mix (with the load generator and anything else on the machine taking its share)");
        Line($"- RSS after warm-up: {Mb(r.RssMin)}–{Mb(r.RssMax)} MB, spread {r.RssSpread * 100:0.0} % of the minimum (limit {SoakResult.RssSpreadLimit * 100:0} %)");
        Line($"- Open files at rest (client connections closed) before → after the schedule: {r.AtRestBefore.OpenFiles} → {r.AtRestAfter.OpenFiles} (tolerance +{SoakResult.FdTolerance}); under load after warm-up → at the end: {r.AfterWarmup[0].OpenFiles} → {r.Samples[^1].OpenFiles}");
        foreach (var (target, before, after) in r.FdChanges.Take(20))
            Line($"  - `{target}`: {before} → {after}");
        Line($"- Threads at rest before → after: {r.AtRestBefore.Threads} → {r.AtRestAfter.Threads}; under load after warm-up → at the end: {r.AfterWarmup[0].Threads} → {r.Samples[^1].Threads} (reported, not judged: the thread pool grows and retires threads with the load)");
        Line();
        Line($"| s | RSS MB | fds | of them sockets | threads |");
        Line($"|---:|---:|---:|---:|---:|");
        Line($"| at rest before | {Mb(r.AtRestBefore.RssBytes)} | {r.AtRestBefore.OpenFiles} | {r.AtRestBefore.Sockets} | {r.AtRestBefore.Threads} |");
        foreach (var sample in r.Samples)
            Line($"| {sample.At.TotalSeconds:0} | {Mb(sample.RssBytes)} | {sample.OpenFiles} | {sample.Sockets} | {sample.Threads} |");
        Line($"| at rest after | {Mb(r.AtRestAfter.RssBytes)} | {r.AtRestAfter.OpenFiles} | {r.AtRestAfter.Sockets} | {r.AtRestAfter.Threads} |");
        return s.ToString();
    }

    private static void Row(StringBuilder s, string label, LatencyStats stats) =>
        s.AppendLine(string.Create(Invariant, $"| {label} | {stats.Count} | {stats.P50Ms:0.0} | {stats.P95Ms:0.0} | {stats.P99Ms:0.0} | {stats.MaxMs:0.0} |"));

    private static string Mb(long bytes) => (bytes / 1e6).ToString("0", Invariant);
}
