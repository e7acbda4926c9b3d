using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Facets;
using Lotse.Features.Search.Indexing;
using Lotse.Features.Search.Querying;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Search;

/// <summary>The search over the Lucene read model: text, filters, disjunctive facet counts, sorting, paging, snippets.</summary>
public sealed class OfferSearch(
    SearchIndex index,
    SearchCatalog catalog,
    SegmentFacetCache facetCache,
    TextQueryBuilder queries,
    SnippetBuilder snippets,
    IOptions<SearchOptions> options) : IOfferSearch
{
    /// <summary>How deep paging may reach: beyond it, pages are empty (the totals stay right).</summary>
    public const int MaxResultWindow = 10_000;

    private static readonly SortField ByName = new(IndexFields.NameSort, SortFieldType.STRING);
    private static readonly SortField ById = new(IndexFields.IdSort, SortFieldType.STRING);
    private static readonly Sort NameOrder = new(ByName, ById);
    private static readonly Sort LastVerifiedOrder = new(new SortField(IndexFields.LastVerified, SortFieldType.INT64, reverse: true), ByName, ById);

    // Popular searches (the portal's start page, a facet click) repeat until the index or catalog changes.
    private readonly AnswerCache _answers = new(options.Value.AnswerCacheEntries);

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
        {
            try
            {
                await index.WhenReady.WaitAsync(options.Value.ReadyTimeout, cancellationToken);
            }
            catch (TimeoutException ex)
            {
                throw new SearchUnavailableException("Der Suchindex wird noch aufgebaut. Bitte versuchen Sie es gleich noch einmal.", ex);
            }
        }
        try
        {
            return Search(query);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException || ex.GetType().Namespace?.StartsWith("Lucene.Net", StringComparison.Ordinal) == true)
        {
            // Index files damaged under the running app: the follower checks them and rebuilds; meanwhile "try again".
            index.ReportSearchFailure();
            throw new SearchUnavailableException("Der Suchindex wird gerade neu aufgebaut. Bitte versuchen Sie es gleich noch einmal.", ex);
        }
    }

    private SearchResult Search(SearchQuery query)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, SearchQuery.MaxPageSize);
        var snapshot = catalog.Current;
        var searcher = index.Acquire();
        try
        {
            var text = SearchText.Clean(query.Text);
            var key = _answers.Enabled ? AnswerCache.KeyOf(query, text, page, pageSize) : null;
            if (key is not null && _answers.TryGet(searcher.IndexReader, snapshot, key, out var cached))
                return cached;

            // Rewritten once (typo expansions resolved) for both the search and the snippets.
            var textQuery = queries.Build(text, searcher.IndexReader) is { } built ? searcher.Rewrite(built) : null;
            MunicipalityEntry? near = null;
            if (!string.IsNullOrWhiteSpace(query.Near))
                snapshot.MunicipalitiesByCode.TryGetValue(query.Near.Trim(), out near);
            var sort = SortFor(query.Sort, textQuery is not null, near);

            var offset = (long)(page - 1) * pageSize;
            var wanted = (int)Math.Clamp(offset + pageSize, 1, MaxResultWindow);
            // Out of order: a disjunction may then be scored in bulk (both collectors keep ties in doc order).
            ITopDocsCollector top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
                : TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
            var filter = FacetFilter.Create(query, snapshot);
            int total;
            int[][] counts;
            if (textQuery is null && ReferenceEquals(sort, NameOrder))
            {
                counts = FacetCountingCollector.NewCounts(snapshot);
                total = AlphabeticalListing.Run(searcher, filter, facetCache, snapshot, top, wanted, counts);
            }
            else
            {
                var collector = new FacetCountingCollector(top, filter, facetCache, snapshot);
                searcher.Search(textQuery ?? new MatchAllDocsQuery(), collector);
                collector.Finish();
                (total, counts) = (collector.Total, collector.Counts);
            }

            var items = new List<SearchHit>();
            if (offset < MaxResultWindow && offset < total)
            {
                var snippet = query.IncludeSnippets ? snippets.For(textQuery) : null;
                foreach (var scoreDoc in top.GetTopDocs((int)offset, pageSize).ScoreDocs)
                    items.Add(HitReader.Read(searcher, scoreDoc.Doc, snippet, near, query.Culture));
            }
            var result = new SearchResult(total, page, pageSize, items, FacetResults.Build(counts, filter, snapshot));
            if (key is not null)
                _answers.Add(searcher.IndexReader, snapshot, key, result);
            return result;
        }
        finally
        {
            index.Release(searcher);
        }
    }

    // Without text there is no relevance to rank by: the list is then alphabetical.
    private static Sort? SortFor(SearchSort sort, bool hasText, MunicipalityEntry? near) => sort switch
    {
        SearchSort.Name => NameOrder,
        SearchSort.LastVerified => LastVerifiedOrder,
        SearchSort.Distance when near is not null => new Sort(
            new SortField("distance", new DistanceComparerSource(near.Latitude, near.Longitude)), ByName, ById),
        _ => hasText ? null : NameOrder,
    };
}
