using System.Diagnostics;
using System.Globalization;
using Lotse.Bench.Measure;
using Lotse.Bench.Queries;
using Lotse.Features.Search;
using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Facets;
using Lotse.Features.Search.Indexing;
using Lotse.Features.Search.Querying;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Bench.Profile;

/// <summary>
/// Where the uncached time of each query of the mix goes: the app's search as a whole, then its
/// phases replayed with the app's own components (query building, the collector walk with and
/// without facet counting, stored-field reading, snippets). Sequential, one query kind at a time,
/// with the allocated bytes per call. Run with <c>--profile</c>; the answer cache is switched off.
/// </summary>
internal static class PhaseProfiler
{
    private const int Warmup = 50;

    public static async Task RunAsync(string dataDirectory, string contentRoot, int iterations)
    {
        Environment.SetEnvironmentVariable("Lotse__Search__AnswerCacheEntries", "0");
        await using var app = new InProcessApp(dataDirectory, contentRoot);
        var search = app.Search;
        var services = app.Services;
        var index = services.GetRequiredService<SearchIndex>();
        // A first build of a large index may take longer than a search waits for it.
        await index.WhenReady.WaitAsync(TimeSpan.FromMinutes(30));
        var queries = services.GetRequiredService<TextQueryBuilder>();
        var snippets = services.GetRequiredService<SnippetBuilder>();
        var facetCache = services.GetRequiredService<SegmentFacetCache>();
        var catalog = services.GetRequiredService<SearchCatalog>();

        Console.WriteLine($"| Query | Phase | p50 (ms) | p99 (ms) | CPU p50 (ms) | CPU p99 (ms) | KB allocated |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var q in QueryMix.All)
        {
            var query = q.Query;
            var text = SearchText.Clean(query.Text);
            Console.WriteLine($"| {q.Label} | total {search.SearchAsync(query).GetAwaiter().GetResult().Total} | | | | | |");
            Row(q.Label, "whole search", () => search.SearchAsync(query).GetAwaiter().GetResult());
            Row(q.Label, "whole, no snippets", () => search.SearchAsync(query with { IncludeSnippets = false }).GetAwaiter().GetResult());

            var searcher = index.Acquire();
            try
            {
                Row(q.Label, "build + rewrite query", () => Rewrite());
                var textQuery = Rewrite();
                var sort = textQuery is null ? new Sort(new SortField(IndexFields.NameSort, SortFieldType.STRING), new SortField(IndexFields.IdSort, SortFieldType.STRING)) : null;
                ITopDocsCollector Top() => sort is null
                    ? TopScoreDocCollector.Create(20, docsScoredInOrder: false)
                    : TopFieldCollector.Create(sort, 20, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
                var luceneQuery = textQuery ?? new MatchAllDocsQuery();
                Row(q.Label, "walk: count only", () => searcher.Search(luceneQuery, new TotalHitCountCollector()));
                Row(q.Label, "walk: top 20 only", () => searcher.Search(luceneQuery, Top()));
                Row(q.Label, "walk: top 20 + facets", () =>
                {
                    var snapshot = catalog.Current;
                    var collector = new FacetCountingCollector(Top(), FacetFilter.Create(query, snapshot), facetCache, snapshot);
                    searcher.Search(luceneQuery, collector);
                    collector.Finish();
                });
                var top = Top();
                searcher.Search(luceneQuery, top);
                var docs = top.GetTopDocs(0, 20).ScoreDocs.Select(d => d.Doc).ToArray();
                Row(q.Label, $"read {docs.Length} hits", () =>
                {
                    foreach (var doc in docs)
                        HitReader.Read(searcher, doc, null, null);
                });
                Row(q.Label, $"read {docs.Length} hits + snippets", () =>
                {
                    var snippet = snippets.For(textQuery);
                    foreach (var doc in docs)
                        HitReader.Read(searcher, doc, snippet, null);
                });
            }
            finally
            {
                index.Release(searcher);
            }

            Query? Rewrite() => queries.Build(text, searcher.IndexReader) is { } built ? searcher.Rewrite(built) : null;
        }

        void Row(string label, string phase, Action action)
        {
            for (var i = 0; i < Warmup; i++)
                action();
            var ticks = new long[iterations];
            var cpu = new long[iterations];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < iterations; i++)
            {
                var cpuStart = ThreadCpu.Ticks();
                var start = Stopwatch.GetTimestamp();
                action();
                ticks[i] = Stopwatch.GetTimestamp() - start;
                cpu[i] = ThreadCpu.Ticks() - cpuStart;
            }
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / iterations;
            var stats = LatencyStats.From(ticks, TimeSpan.FromSeconds(1));
            var cpuStats = LatencyStats.From(cpu, TimeSpan.FromSeconds(1));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {phase} | {stats.P50Ms:0.000} | {stats.P99Ms:0.000} | {cpuStats.P50Ms:0.000} | {cpuStats.P99Ms:0.000} | {kb:0.0} |"));
        }
    }
}
