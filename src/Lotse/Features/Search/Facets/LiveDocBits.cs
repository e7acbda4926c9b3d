using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// A segment's not-deleted documents as bit words, for searches that match every document without
/// a scorer. Cached per live-docs instance: a reopened reader with new deletions brings a new one.
/// </summary>
public static class LiveDocBits
{
    private static readonly ConditionalWeakTable<SegmentFacets, long[]> AllLive = new();
    private static readonly ConditionalWeakTable<IBits, long[]> Live = new();

    /// <summary>The live documents of the segment; shared, never to be changed.</summary>
    public static long[] Of(AtomicReader reader, SegmentFacets segment)
    {
        var liveDocs = reader.LiveDocs;
        if (liveDocs is null)
            return AllLive.GetValue(segment, s => All(s.MaxDoc));
        return Live.GetValue(liveDocs, live =>
        {
            var bits = new long[segment.Words];
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live.Get(doc))
                    DocBits.Set(bits, doc);
            }
            return bits;
        });
    }

    private static long[] All(int maxDoc)
    {
        var bits = new long[DocBits.WordsFor(maxDoc)];
        DocBits.SetAll(bits, maxDoc);
        return bits;
    }
}
