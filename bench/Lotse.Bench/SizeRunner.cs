using System.Diagnostics;
using System.Text.Json;
using Lotse.Bench.Corpus;
using Lotse.Bench.Measure;
using Lotse.Bench.Postgres;
using Lotse.Bench.Queries;
using Lotse.Bench.Report;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lotse.Bench;

/// <summary>All measurements at one corpus size, in an order that keeps them from disturbing each other.</summary>
internal sealed class SizeRunner(BenchOptions options, int size, string dataDirectory, string appDll)
{
    private static readonly int[] ConnectionCounts = [1, 8, 32];
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(30);

    private string IndexDirectory => Path.Combine(dataDirectory, "index");

    public async Task<SizeResult> RunAsync()
    {
        Log($"corpus of {size:N0} offers in {dataDirectory}");
        var corpus = await SqliteCorpusWriter.EnsureAsync(dataDirectory, size, options.Seed, options.Fresh);
        Log(corpus.Reused ? "  reused the corpus generated earlier" : $"  generated in {corpus.Elapsed.TotalSeconds:0.0} s");
        var result = new SizeResult { Size = size, Corpus = corpus, DatabaseBytes = FileBytes(Path.Combine(dataDirectory, "lotse.db")) };
        if (options.GenerateOnly)
            return result;

        var searchTotals = new Dictionary<int, int>();
        byte[]? typicalAnswer = null;

        if (!options.SkipHttp)
        {
            await MeasureBuildAsync(result);
            typicalAnswer = await MeasureHttpAsync(result, searchTotals);
            await MeasureCeilingAsync(result, typicalAnswer);
        }

        var inProcess = options.SkipInProcess ? null : await MeasureInProcessAsync(result, searchTotals);
        var postgres = options.SkipPostgres ? null : await MeasurePostgresAsync(result);

        for (var i = 0; i < QueryMix.All.Count; i++)
        {
            var q = QueryMix.All[i];
            result.Queries.Add(new QueryRow(q.Label, q.Kind,
                searchTotals.TryGetValue(i, out var total) ? total : null,
                postgres?.Totals.TryGetValue(i, out var pgTotal) == true ? pgTotal : null,
                inProcess?.PerQuery.GetValueOrDefault(i), postgres?.PerQuery.GetValueOrDefault(i)));
        }
        result.IndexBytes = DirectoryBytes(IndexDirectory);
        result.Notes.Add(AnswerCacheNote());
        return result;
    }

    /// <summary>Start the app with no index: the first 200 comes once the index is built from the database.</summary>
    private async Task MeasureBuildAsync(SizeResult result)
    {
        Log("index build in the app process (no index on disk)");
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(IndexDirectory))
            Directory.Delete(IndexDirectory, recursive: true);
        var since = Stopwatch.StartNew();
        File.Delete(LogFile("build"));
        await using var app = AppProcess.Start(appDll, dataDirectory, LogFile("build"));
        result.IndexBuild = await app.WaitForOkAsync(QueryMix.All[0].Path, since, BuildTimeout);
        result.BuildPeakRss = app.PeakRssBytes();
        result.IndexRebuildLogged = RebuildSecondsFromLog(LogFile("build"));
        Log($"  first answer after {result.IndexBuild.Value.TotalSeconds:0.00} s (rebuild itself {result.IndexRebuildLogged?.TotalSeconds:0.0} s), peak RSS {result.BuildPeakRss / 1e6:N0} MB");
        if (!Directory.Exists(IndexDirectory))
            result.Notes.Add("No index folder appeared in the data folder after the build run.");
    }

    /// <summary>Restart on the built index (start to first answer), then wrk at 1, 8 and 32 connections.</summary>
    private async Task<byte[]> MeasureHttpAsync(SizeResult result, Dictionary<int, int> searchTotals)
    {
        Log("app process with the index on disk");
        var since = Stopwatch.StartNew();
        File.Delete(LogFile("serve"));
        await using var app = AppProcess.Start(appDll, dataDirectory, LogFile("serve"));
        result.StartToFirstAnswer = await app.WaitForOkAsync(QueryMix.All[0].Path, since, BuildTimeout);
        Log($"  first answer after {result.StartToFirstAnswer.Value.TotalSeconds:0.00} s");

        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var answers = new List<byte[]>();
        for (var i = 0; i < QueryMix.All.Count; i++)
        {
            using var response = await client.GetAsync(QueryMix.All[i].Path);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"{QueryMix.All[i].Path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
            answers.Add(body);
            using var json = JsonDocument.Parse(body);
            searchTotals[i] = json.RootElement.GetProperty("total").GetInt32();
        }
        // The answer of median size stands for "a typical answer" of the mix.
        var typical = answers.OrderBy(a => a.Length).ElementAt(answers.Count / 2);
        result.ResponseBytes = typical.Length;

        var paths = QueryMix.All.Select(q => q.Path).ToList();
        await Wrk.RunAsync(app.BaseAddress, paths, 8, TimeSpan.FromSeconds(3)); // warm-up: JIT, caches
        foreach (var connections in ConnectionCounts)
        {
            var stats = await Wrk.RunAsync(app.BaseAddress, paths, connections, TimeSpan.FromSeconds(options.HttpSeconds));
            result.Rows.Add(new LoadRow(Targets.Http, $"{connections} connections", stats));
            Log($"  {connections,2} connections: {stats.RequestsPerSecond:N0} req/s, p50 {stats.P50Ms:0.00} ms, p99 {stats.P99Ms:0.00} ms, errors {stats.Errors}");
        }
        result.ServePeakRss = app.PeakRssBytes();
        return typical;
    }

    private async Task MeasureCeilingAsync(SizeResult result, byte[] body)
    {
        Log($"constant-JSON ceiling ({body.Length:N0} bytes)");
        await using var server = await ConstantJsonServer.StartAsync(body);
        var paths = QueryMix.All.Select(q => q.Path).ToList();
        await Wrk.RunAsync(server.BaseAddress, paths, 8, TimeSpan.FromSeconds(3));
        foreach (var connections in ConnectionCounts)
        {
            var stats = await Wrk.RunAsync(server.BaseAddress, paths, connections, TimeSpan.FromSeconds(options.HttpSeconds));
            result.Rows.Add(new LoadRow(Targets.Ceiling, $"{connections} connections", stats));
            Log($"  {connections,2} connections: {stats.RequestsPerSecond:N0} req/s, p50 {stats.P50Ms:0.00} ms, p99 {stats.P99Ms:0.00} ms");
        }
    }

    private async Task<LoadLoop.Result> MeasureInProcessAsync(SizeResult result, Dictionary<int, int> searchTotals)
    {
        Log("in-process search (app hosted in the bench process)");
        SqliteConnection.ClearAllPools();
        var since = Stopwatch.StartNew();
        // Content root as for `dotnet run`: the project folder with its appsettings.json.
        var contentRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(appDll)!, "..", "..", ".."));
        await using var app = new InProcessApp(dataDirectory, contentRoot);
        var search = app.Search;
        for (var i = 0; i < QueryMix.All.Count; i++)
            searchTotals[i] = (await search.SearchAsync(QueryMix.All[i].Query)).Total;
        if (options.SkipHttp)
        {
            // Without the app process this is the only build/open figure there is.
            result.Notes.Add($"In-process host start to first answer: {since.Elapsed.TotalSeconds:0.00} s (index {(result.IndexBuild is null ? "built or opened" : "opened")} in-process).");
        }
        Log($"  first answer after {since.Elapsed.TotalSeconds:0.00} s");

        var warmup = TimeSpan.FromSeconds(2);
        var duration = TimeSpan.FromSeconds(options.InProcessSeconds);
        var sequential = await LoadLoop.RunAsync(QueryMix.All.Count, i => search.SearchAsync(QueryMix.All[i].Query), 1, warmup, duration);
        result.Rows.Add(new LoadRow(Targets.InProcess, "1 worker", sequential.Overall));
        Log($"  1 worker: {sequential.Overall.RequestsPerSecond:N0}/s, p50 {sequential.Overall.P50Ms:0.000} ms, p99 {sequential.Overall.P99Ms:0.000} ms");
        var workers = Environment.ProcessorCount;
        var parallel = await LoadLoop.RunAsync(QueryMix.All.Count, i => search.SearchAsync(QueryMix.All[i].Query), workers, warmup, duration);
        result.Rows.Add(new LoadRow(Targets.InProcess, $"{workers} workers", parallel.Overall));
        Log($"  {workers} workers: {parallel.Overall.RequestsPerSecond:N0}/s, p50 {parallel.Overall.P50Ms:0.000} ms, p99 {parallel.Overall.P99Ms:0.000} ms");
        return sequential;
    }

    private sealed record PgOutcome(IReadOnlyDictionary<int, LatencyStats> PerQuery, IReadOnlyDictionary<int, int> Totals);

    private async Task<PgOutcome> MeasurePostgresAsync(SizeResult result)
    {
        Log("PostgreSQL full-text search (throwaway cluster)");
        await using var cluster = await PgCluster.StartAsync();
        await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);

        ReferenceCodes reference;
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "lotse.db")};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            reference = ReferenceCodes.Load(connection);
        }
        var generator = new CorpusGenerator(reference, size, options.Seed);
        result.PgLoad = await PgCorpusLoader.LoadAsync(dataSource, generator.Offers(generator.Organizations()));
        Log($"  loaded: COPY {result.PgLoad.Copy.TotalSeconds:0.0} s, indexes {result.PgLoad.Indexes.TotalSeconds:0.0} s");

        var search = new PgSearch(dataSource);
        var totals = new Dictionary<int, int>();
        for (var i = 0; i < QueryMix.All.Count; i++)
            totals[i] = (await search.SearchAsync(QueryMix.All[i].Query)).Total;

        var warmup = TimeSpan.FromSeconds(2);
        var duration = TimeSpan.FromSeconds(options.InProcessSeconds);
        var sequential = await LoadLoop.RunAsync(QueryMix.All.Count, i => search.SearchAsync(QueryMix.All[i].Query), 1, warmup, duration);
        result.Rows.Add(new LoadRow(Targets.Postgres, "1 worker", sequential.Overall));
        Log($"  1 worker: {sequential.Overall.RequestsPerSecond:N0}/s, p50 {sequential.Overall.P50Ms:0.000} ms, p99 {sequential.Overall.P99Ms:0.000} ms");
        var workers = Environment.ProcessorCount;
        var parallel = await LoadLoop.RunAsync(QueryMix.All.Count, i => search.SearchAsync(QueryMix.All[i].Query), workers, warmup, duration);
        result.Rows.Add(new LoadRow(Targets.Postgres, $"{workers} workers", parallel.Overall));
        Log($"  {workers} workers: {parallel.Overall.RequestsPerSecond:N0}/s, p50 {parallel.Overall.P50Ms:0.000} ms, p99 {parallel.Overall.P99Ms:0.000} ms");
        return new PgOutcome(sequential.PerQuery, totals);
    }

    // The mix repeats seven queries: with the app's answer cache on, the in-process and HTTP figures
    // after warm-up measure cache hits, not the search itself. Say which it was.
    private static string AnswerCacheNote()
    {
        var entries = Environment.GetEnvironmentVariable("Lotse__Search__AnswerCacheEntries");
        return entries == "0"
            ? "Answer cache off (Lotse__Search__AnswerCacheEntries=0): every search ran through Lucene."
            : $"Answer cache on ({entries ?? "default"} entries): after warm-up the repeated mix is answered from the cache; run with Lotse__Search__AnswerCacheEntries=0 for the search itself.";
    }

    // The app logs "Search index rebuilt: N offers in X s" (OfferIndexer); absent if it changes its wording.
    private static TimeSpan? RebuildSecondsFromLog(string logFile)
    {
        if (!File.Exists(logFile))
            return null;
        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var match = System.Text.RegularExpressions.Regex.Match(reader.ReadToEnd(), @"Search index rebuilt: \d+ offers in (\d+(?:[.,]\d+)?) s");
        return match.Success
            ? TimeSpan.FromSeconds(double.Parse(match.Groups[1].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    private string LogFile(string name) => Path.Combine(dataDirectory, $"app-{name}.log");

    private static long FileBytes(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static long DirectoryBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
