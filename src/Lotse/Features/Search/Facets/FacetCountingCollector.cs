using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// Applies the facet filters and counts all facets in one pass over the documents that match the
/// text. A document passing every filter is a hit: it goes to the inner (top documents) collector
/// and counts in every facet. A document failing exactly one facet's filter counts only in that
/// facet: this makes each facet's counts ignore the facet's own filter (disjunctive counts).
/// </summary>
public sealed class FacetCountingCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetFilter _filter;
    private readonly SegmentFacetCache _cache;
    private readonly CatalogSnapshot _catalog;
    private SegmentFacets _segment = null!;

    public FacetCountingCollector(ICollector hits, FacetFilter filter, SegmentFacetCache cache, CatalogSnapshot catalog)
    {
        _hits = hits;
        _filter = filter;
        _cache = cache;
        _catalog = catalog;
        Counts = new int[FacetIndex.Count][];
        for (var f = 0; f < FacetIndex.Count; f++)
            Counts[f] = new int[catalog.Facets[f].Count];
    }

    /// <summary>Per facet, indexed by catalog ordinal.</summary>
    public int[][] Counts { get; }

    /// <summary>Documents passing every filter.</summary>
    public int Total { get; private set; }

    // Counting does not depend on the order of documents within a segment.
    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = _cache.Get(context.AtomicReader, _catalog);
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var starts = _segment.Starts;
        var values = _segment.Values;
        var failed = -1;
        foreach (var f in _filter.Active)
        {
            if (Passes(_filter.Selected[f]!, starts[f], values[f], doc))
                continue;
            if (failed >= 0)
                return;
            failed = f;
        }

        if (failed >= 0)
        {
            Count(failed, starts[failed], values[failed], doc);
            return;
        }

        Total++;
        _hits.Collect(doc);
        for (var f = 0; f < FacetIndex.Count; f++)
            Count(f, starts[f], values[f], doc);
    }

    private static bool Passes(bool[] selected, int[]? starts, int[] values, int doc)
    {
        if (starts is null)
            return false;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            if (selected[values[i]])
                return true;
        }
        return false;
    }

    private void Count(int facet, int[]? starts, int[] values, int doc)
    {
        if (starts is null)
            return;
        var counts = Counts[facet];
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
            counts[values[i]]++;
    }
}
