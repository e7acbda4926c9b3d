using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// Applies the facet filters to the documents that match the text and counts all facets. A document
/// passing every filter is a hit: it goes to the inner (top documents) collector. The walk only
/// marks each matched document in a bitset; at the end of a segment <see cref="SegmentFilterBits"/>
/// counts the marked documents, so each facet's counts ignore the facet's own filter (disjunctive
/// counts). Call <see cref="Finish"/> after the search.
/// </summary>
public sealed class FacetCountingCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetFilter _filter;
    private readonly SegmentFacetCache _cache;
    private readonly CatalogSnapshot _catalog;
    private SegmentFilterBits? _segmentFilter;
    private long[]? _matched;

    public FacetCountingCollector(ICollector hits, FacetFilter filter, SegmentFacetCache cache, CatalogSnapshot catalog)
    {
        _hits = hits;
        _filter = filter;
        _cache = cache;
        _catalog = catalog;
        Counts = NewCounts(catalog);
    }

    /// <summary>Per facet, indexed by catalog ordinal.</summary>
    public int[][] Counts { get; }

    /// <summary>Documents passing every filter; complete after <see cref="Finish"/>.</summary>
    public int Total { get; private set; }

    // Marking does not depend on the order of documents within a segment.
    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public static int[][] NewCounts(CatalogSnapshot catalog)
    {
        var counts = new int[FacetIndex.Count][];
        for (var f = 0; f < FacetIndex.Count; f++)
            counts[f] = new int[catalog.Facets[f].Count];
        return counts;
    }

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        var segment = _cache.Get(context.AtomicReader, _catalog);
        _segmentFilter = new SegmentFilterBits(segment, _filter);
        _matched = DocBits.Rent(segment.Words);
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        DocBits.Set(_matched!, doc);
        if (_segmentFilter!.Passes(doc))
            _hits.Collect(doc);
    }

    /// <summary>Counts the last segment's matched documents (idempotent).</summary>
    public void Finish()
    {
        if (_segmentFilter is null)
            return;
        Total += _segmentFilter.Count(_matched!, Counts);
        _segmentFilter.Dispose();
        DocBits.Return(_matched);
        _segmentFilter = null;
        _matched = null;
    }
}
