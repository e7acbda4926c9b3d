using Lotse.Features.Directory;
using Lotse.Features.Search;
using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Facets;
using Lotse.Features.Search.Indexing;
using Lotse.Features.Search.Querying;
using Lotse.Tests.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lotse.Tests.Search;

/// <summary>
/// The search counts facets by intersecting cached per-segment bitsets and lists searches without
/// text from a cached name order. Checked on the demo data, with segments holding deleted
/// documents, against a plain walk: every matching document visited, its facet values read from the
/// index's doc values, counted disjunctively, the list sorted by Lucene's own name sort.
/// </summary>
public sealed class FacetBitsetTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20260526;
    private const int Rounds = 80;
    private static readonly string?[] Texts = [null, null, null, "Beratung", "Sprachkurs", "Deutsch", "Kinder", "Beratnug"];
    private static readonly Sort NameOrder = new(
        new SortField(IndexFields.NameSort, SortFieldType.STRING), new SortField(IndexFields.IdSort, SortFieldType.STRING));

    private readonly LotseAppFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.WaitForIndexAsync();
        // Changes after the first build: new segments, and deleted documents in the first one.
        await _factory.WithDbAsync(async db =>
        {
            var offers = await db.Offers.Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Name).ToListAsync();
            Assert.True(offers.Count >= 10, "the demo data holds at least ten published offers");
            offers[0].Status = OfferStatus.Archived;
            offers[3].Status = OfferStatus.Archived;
            offers[5].Name = "Zuletzt umbenannt: " + offers[5].Name;
            await db.SaveChangesAsync();
            offers[7].Name = "Aaa zuerst: " + offers[7].Name;
            await db.SaveChangesAsync();
        });
        await _factory.WaitForIndexAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Counts_totals_and_the_alphabetical_list_equal_a_plain_walk_for_random_filters()
    {
        var services = _factory.Services;
        var index = services.GetRequiredService<SearchIndex>();
        var catalog = services.GetRequiredService<SearchCatalog>().Current;
        var queries = services.GetRequiredService<TextQueryBuilder>();
        var search = services.GetRequiredService<IOfferSearch>();
        var random = new Random(Seed);
        var checkedLists = 0;

        var searcher = index.Acquire();
        try
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1, "the index has several segments");
            Assert.Contains(searcher.IndexReader.Leaves, l => l.AtomicReader.HasDeletions);

            for (var round = 0; round < Rounds; round++)
            {
                var filters = new Dictionary<string, IReadOnlyList<string>>();
                for (var f = 0; f < FacetIndex.Count; f++)
                {
                    if (random.NextDouble() >= 0.4)
                        continue;
                    var codes = catalog.Facets[f].Codes;
                    var values = codes.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                    if (random.Next(10) == 0)
                        values.Add("unbekannt");
                    filters[FacetNames.All[f]] = values;
                }
                var text = Texts[random.Next(Texts.Length)];
                var pageSize = random.Next(2) == 0 ? SearchQuery.MaxPageSize : random.Next(1, 6);
                var page = pageSize == SearchQuery.MaxPageSize ? 1 : random.Next(1, 4);
                var query = new SearchQuery { Text = text, Filters = filters, PageSize = pageSize, Page = page };
                var describe = $"round {round}: text={text ?? "-"} page {page}×{pageSize} "
                    + string.Join("; ", filters.Select(f => $"{f.Key}={string.Join('|', f.Value)}"));

                var actual = await search.SearchAsync(query);

                var textQuery = queries.Build(SearchText.Clean(text), searcher.IndexReader) is { } built ? searcher.Rewrite(built) : null;
                var top = textQuery is null
                    ? (ITopDocsCollector)TopFieldCollector.Create(NameOrder, page * pageSize, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true)
                    : TopScoreDocCollector.Create(page * pageSize, docsScoredInOrder: true);
                var walk = new PlainWalk(top, filters);
                searcher.Search(textQuery ?? new MatchAllDocsQuery(), walk);

                Assert.True(walk.Total == actual.Total, $"{describe}: total {actual.Total}, walk {walk.Total}");
                foreach (var facet in FacetNames.All)
                {
                    var counted = actual.Facets[facet].Where(v => v.Count > 0).ToDictionary(v => v.Code, v => v.Count);
                    Assert.True(walk.Counts[facet].OrderBy(c => c.Key).SequenceEqual(counted.OrderBy(c => c.Key)),
                        $"{describe}: {facet} counts {Show(counted)}, walk {Show(walk.Counts[facet])}");
                }
                if (textQuery is null)
                {
                    var expected = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
                        .Select(d => Guid.Parse(searcher.Doc(d.Doc).Get(IndexFields.Id))).ToList();
                    Assert.True(expected.SequenceEqual(actual.Items.Select(i => i.Id)), $"{describe}: list differs from the name sort");
                    checkedLists++;
                }
            }
        }
        finally
        {
            index.Release(searcher);
        }
        output.WriteLine($"{Rounds} rounds, {checkedLists} alphabetical lists compared");
        Assert.True(checkedLists > Rounds / 4);
    }

    private static string Show(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}:{c.Value}"));

    /// <summary>Visits every matching document and reads its facet codes from the doc values.</summary>
    private sealed class PlainWalk(ICollector inner, IReadOnlyDictionary<string, IReadOnlyList<string>> filters) : ICollector
    {
        private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[FacetIndex.Count];
        private readonly BytesRef _bytes = new();

        public int Total { get; private set; }

        public Dictionary<string, Dictionary<string, int>> Counts { get; } =
            FacetNames.All.ToDictionary(f => f, _ => new Dictionary<string, int>());

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            for (var f = 0; f < FacetIndex.Count; f++)
                _values[f] = context.AtomicReader.GetSortedSetDocValues(FacetIndex.Fields[f]);
            inner.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            var codes = new List<string>[FacetIndex.Count];
            var failed = new List<int>();
            for (var f = 0; f < FacetIndex.Count; f++)
            {
                codes[f] = [];
                if (_values[f] is { } values)
                {
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        values.LookupOrd(ord, _bytes);
                        codes[f].Add(_bytes.Utf8ToString());
                    }
                }
                if (filters.TryGetValue(FacetNames.All[f], out var selected) && !selected.Any(codes[f].Contains))
                    failed.Add(f);
            }
            if (failed.Count > 1)
                return;
            if (failed.Count == 0)
            {
                Total++;
                inner.Collect(doc);
            }
            for (var f = 0; f < FacetIndex.Count; f++)
            {
                if (failed.Count == 1 && failed[0] != f)
                    continue;
                var counts = Counts[FacetNames.All[f]];
                foreach (var code in codes[f])
                    counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }
    }
}
