using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// A segment's facet values as flat int arrays of catalog ordinals (doc → values), read once from
/// the segment's SortedSetDocValues. Counting then needs no doc-values decoding and no allocation.
/// Values not in the catalog are dropped: they can neither be filtered nor shown.
/// </summary>
public sealed class SegmentFacets
{
    private SegmentFacets(int catalogVersion, int[]?[] starts, int[][] values)
    {
        CatalogVersion = catalogVersion;
        Starts = starts;
        Values = values;
    }

    public int CatalogVersion { get; }

    /// <summary>Per facet: values of doc d are Values[f][Starts[f][d] .. Starts[f][d+1]); null when the segment has none.</summary>
    public int[]?[] Starts { get; }
    public int[][] Values { get; }

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
        return new SegmentFacets(catalog.Version, starts, values);
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
