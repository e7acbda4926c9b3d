using System.Numerics;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// The facet filter of one search applied to one segment as document sets, and the disjunctive
/// counts of a set of matched documents by intersecting them with the segment's value bitsets:
/// a matched document passing every filter counts in every facet, one failing only facet f's
/// filter counts in f alone. Its scratch sets come from a pool: dispose it after the segment.
/// </summary>
public sealed class SegmentFilterBits : IDisposable
{
    private readonly SegmentFacets _segment;
    private readonly int[] _active;
    // Per facet: documents holding one of the selected values; null when the facet is not filtered.
    private readonly long[]?[] _selected = new long[]?[FacetIndex.Count];
    private long[]? _passing;
    private long[]? _hits;
    private long[]? _others;

    public SegmentFilterBits(SegmentFacets segment, FacetFilter filter)
    {
        _segment = segment;
        _active = filter.Active;
        if (_active.Length == 0)
            return;
        var words = segment.Words;
        foreach (var f in _active)
        {
            var union = DocBits.Rent(words);
            var flags = filter.Selected[f]!;
            var values = segment.Bits[f];
            for (var ordinal = 0; ordinal < values.Length && ordinal < flags.Length; ordinal++)
            {
                if (flags[ordinal] && values[ordinal] is { } docs)
                    DocBits.Or(union, docs, words);
            }
            _selected[f] = union;
        }
        _passing = DocBits.Rent(words);
        DocBits.Copy(_selected[_active[0]]!, _passing, words);
        for (var i = 1; i < _active.Length; i++)
            DocBits.And(_passing, _selected[_active[i]]!, words);
    }

    /// <summary>Whether the document passes every filter.</summary>
    public bool Passes(int doc) => _passing is null || DocBits.Get(_passing, doc);

    /// <summary>
    /// Adds the counts of the matched documents to <paramref name="counts"/> and returns how many
    /// pass every filter; those are then <see cref="Hits"/>. <paramref name="matched"/> is not changed.
    /// </summary>
    public int Count(long[] matched, int[][] counts)
    {
        var words = _segment.Words;
        if (_passing is null)
        {
            Hits = matched;
            var all = DocBits.Count(matched, words);
            for (var f = 0; f < FacetIndex.Count; f++)
                CountFacet(f, matched, all, counts[f]);
            return all;
        }

        _hits ??= DocBits.Rent(words);
        DocBits.Copy(matched, _hits, words);
        DocBits.And(_hits, _passing, words);
        Hits = _hits;
        var total = DocBits.Count(_hits, words);
        for (var f = 0; f < FacetIndex.Count; f++)
        {
            if (_selected[f] is null)
                CountFacet(f, _hits, total, counts[f]);
        }
        foreach (var f in _active)
        {
            // A facet's own filter does not narrow its counts: the matched documents passing the other filters.
            var others = matched;
            if (_active.Length > 1)
            {
                others = _others ??= DocBits.Rent(words);
                DocBits.Copy(matched, others, words);
                foreach (var g in _active)
                {
                    if (g != f)
                        DocBits.And(others, _selected[g]!, words);
                }
            }
            CountFacet(f, others, DocBits.Count(others, words), counts[f]);
        }
        return total;
    }

    /// <summary>The documents of the last <see cref="Count"/> that passed every filter.</summary>
    public long[]? Hits { get; private set; }

    // Per value intersections cost (values × words); visiting the documents costs their number
    // times their values. A narrow set is visited, a wide one intersected.
    private void CountFacet(int facet, long[] set, int size, int[] counts)
    {
        var segment = _segment;
        var starts = segment.Starts[facet];
        if (size == 0 || starts is null)
            return;
        var valued = segment.ValuedOrdinals[facet];
        if (size == segment.MaxDoc)
        {
            var cardinality = segment.Cardinality[facet];
            foreach (var ordinal in valued)
                counts[ordinal] += cardinality[ordinal];
            return;
        }
        var words = segment.Words;
        var values = segment.Values[facet];
        var perDoc = 1 + values.Length / Math.Max(1, segment.MaxDoc);
        if (words + 2L * size * perDoc < (long)valued.Length * words)
        {
            for (var w = 0; w < words; w++)
            {
                var word = (ulong)set[w];
                while (word != 0)
                {
                    var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
                        counts[values[i]]++;
                    word &= word - 1;
                }
            }
            return;
        }
        var bits = segment.Bits[facet];
        foreach (var ordinal in valued)
            counts[ordinal] += DocBits.CountAnd(bits[ordinal]!, set, words);
    }

    public void Dispose()
    {
        foreach (var f in _active)
        {
            DocBits.Return(_selected[f]);
            _selected[f] = null;
        }
        DocBits.Return(_passing);
        DocBits.Return(_hits);
        DocBits.Return(_others);
        _passing = _hits = _others = null;
        Hits = null;
    }
}
