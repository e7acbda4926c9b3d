using System.Numerics;
using Lotse.Features.Search.Facets;
using Lucene.Net.Search;

namespace Lotse.Features.Search.Querying;

/// <summary>
/// A search without text in alphabetical order (the portal's start page, a facet click): answered
/// from the segments' cached value bitsets and name order instead of scoring and collecting every
/// document. Counts, total and order are those of the collector walk: each segment offers its
/// first passing documents in name order to the same top-documents collector, which merges them.
/// </summary>
public static class AlphabeticalListing
{
    public static int Run(IndexSearcher searcher, FacetFilter filter, SegmentFacetCache cache, CatalogSnapshot catalog,
        ICollector top, int wanted, int[][] counts)
    {
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var segment = cache.Get(reader, catalog);
            using var segmentFilter = new SegmentFilterBits(segment, filter);
            var found = segmentFilter.Count(LiveDocBits.Of(reader, segment), counts);
            total += found;
            if (found == 0)
                continue;
            var hits = segmentFilter.Hits!;
            top.SetNextReader(leaf);
            // The name order reaches its wanted-th hit after about wanted × maxDoc / found documents;
            // few hits are cheaper handed over all at once, for the collector to sort.
            if ((long)wanted * segment.MaxDoc / found > segment.Words + 4L * found)
                CollectAll(hits, segment.Words, top);
            else
                CollectInNameOrder(hits, segment.ByName, wanted, top);
        }
        return total;
    }

    private static void CollectInNameOrder(long[] hits, int[] byName, int wanted, ICollector top)
    {
        var taken = 0;
        foreach (var doc in byName)
        {
            if (!DocBits.Get(hits, doc))
                continue;
            top.Collect(doc);
            if (++taken == wanted)
                return;
        }
    }

    private static void CollectAll(long[] hits, int words, ICollector top)
    {
        for (var w = 0; w < words; w++)
        {
            var word = (ulong)hits[w];
            while (word != 0)
            {
                top.Collect((w << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
    }
}
