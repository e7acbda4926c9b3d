using System.Runtime.CompilerServices;
using Lotse.Features.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// A segment's facet values, read once from its SortedSetDocValues: as flat int arrays of catalog
/// ordinals (doc → values) and as one document bitset per value (value → docs), plus the order of
/// its documents in the alphabetical list. Counting then needs no doc-values decoding and no
/// allocation. Values not in the catalog are dropped: they can neither be filtered nor shown.
/// </summary>
public sealed class SegmentFacets
{
    private SegmentFacets(int catalogVersion, int maxDoc, int[]?[] starts, int[][] values, int[] byName)
    {
        CatalogVersion = catalogVersion;
        MaxDoc = maxDoc;
        Words = DocBits.WordsFor(maxDoc);
        Starts = starts;
        Values = values;
        ByName = byName;
        Bits = new long[]?[FacetIndex.Count][];
        Cardinality = new int[FacetIndex.Count][];
        ValuedOrdinals = new int[FacetIndex.Count][];
        for (var f = 0; f < FacetIndex.Count; f++)
            (Bits[f], Cardinality[f], ValuedOrdinals[f]) = ValueBits(starts[f], values[f], maxDoc, Words);
    }

    public int CatalogVersion { get; }
    public int MaxDoc { get; }

    /// <summary>Bit words of a document set of this segment (see <see cref="DocBits"/>).</summary>
    public int Words { get; }

    /// <summary>Per facet: values of doc d are Values[f][Starts[f][d] .. Starts[f][d+1]); null when the segment has none.</summary>
    public int[]?[] Starts { get; }
    public int[][] Values { get; }

    /// <summary>Per facet and catalog ordinal: the documents holding the value; null when none does.</summary>
    public long[]?[][] Bits { get; }

    /// <summary>Per facet and catalog ordinal: how many documents hold the value (deleted ones included).</summary>
    public int[][] Cardinality { get; }

    /// <summary>Per facet: the catalog ordinals that some document of the segment holds.</summary>
    public int[][] ValuedOrdinals { get; }

    /// <summary>The segment's documents in the name order of the alphabetical list (German name key, then id).</summary>
    public int[] ByName { get; }

    private static (long[]?[] Bits, int[] Cardinality, int[] Valued) ValueBits(int[]? starts, int[] values, int maxDoc, int words)
    {
        var ordinals = values.Length == 0 ? 0 : values.Max() + 1;
        var bits = new long[]?[ordinals];
        var cardinality = new int[ordinals];
        if (starts is null)
            return (bits, cardinality, []);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
            {
                var ordinal = values[i];
                DocBits.Set(bits[ordinal] ??= new long[words], doc);
                cardinality[ordinal]++;
            }
        }
        var valued = Enumerable.Range(0, ordinals).Where(o => bits[o] is not null).ToArray();
        return (bits, cardinality, valued);
    }

    public static SegmentFacets Read(AtomicReader reader, CatalogSnapshot catalog)
    {
        var starts = new int[]?[FacetIndex.Count];
        var values = new int[FacetIndex.Count][];
        var maxDoc = reader.MaxDoc;
        var bytes = new BytesRef();
        for (var f = 0; f < FacetIndex.Count; f++)
        {
            values[f] = [];
            var docValues = reader.GetSortedSetDocValues(FacetIndex.Fields[f]);
            if (docValues is null || docValues.ValueCount == 0)
                continue;
            var facet = catalog.Facets[f];
            var toCatalog = new int[docValues.ValueCount];
            for (var ord = 0L; ord < docValues.ValueCount; ord++)
            {
                docValues.LookupOrd(ord, bytes);
                toCatalog[ord] = facet.OrdinalOf(bytes.Utf8ToString());
            }
            var docStarts = new int[maxDoc + 1];
            var flat = new List<int>(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                docStarts[doc] = flat.Count;
                docValues.SetDocument(doc);
                long ord;
                while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    var ordinal = toCatalog[ord];
                    if (ordinal >= 0)
                        flat.Add(ordinal);
                }
            }
            docStarts[maxDoc] = flat.Count;
            starts[f] = docStarts;
            values[f] = flat.ToArray();
        }
        return new SegmentFacets(catalog.Version, maxDoc, starts, values, NameOrder(reader));
    }

    // Within a segment, sorted doc values' ordinals follow the byte order of their values, so the
    // pair (name ordinal, id ordinal) orders documents exactly as the name sort does (no name = first).
    private static int[] NameOrder(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var names = reader.GetSortedDocValues(IndexFields.NameSort);
        var ids = reader.GetSortedDocValues(IndexFields.IdSort);
        var keys = new long[maxDoc];
        var docs = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            long name = names?.GetOrd(doc) ?? -1;
            long id = ids?.GetOrd(doc) ?? -1;
            keys[doc] = (name << 32) + id + 1;
            docs[doc] = doc;
        }
        Array.Sort(keys, docs);
        return docs;
    }
}

/// <summary>
/// Caches <see cref="SegmentFacets"/> per segment core (segments never change; deletions are
/// handled by the searcher) and catalog version; entries go with their segment.
/// </summary>
public sealed class SegmentFacetCache
{
    private readonly ConditionalWeakTable<object, SegmentFacets> _cache = new();

    public SegmentFacets Get(AtomicReader reader, CatalogSnapshot catalog)
    {
        var key = reader.CoreCacheKey;
        if (_cache.TryGetValue(key, out var cached) && cached.CatalogVersion == catalog.Version)
            return cached;
        var facets = SegmentFacets.Read(reader, catalog);
        _cache.AddOrUpdate(key, facets);
        return facets;
    }
}
