using System.Buffers;
using System.Numerics;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// Sets of a segment's documents as plain bit words (doc d is bit d % 64 of word d / 64). The
/// facet counts intersect them word by word: 64 documents per instruction instead of one visit each.
/// </summary>
public static class DocBits
{
    public static int WordsFor(int maxDoc) => (maxDoc + 63) >> 6;

    public static bool Get(long[] bits, int doc) => (bits[doc >> 6] & (1L << doc)) != 0;

    public static void Set(long[] bits, int doc) => bits[doc >> 6] |= 1L << doc;

    /// <summary>A cleared array of at least <paramref name="words"/> words from the shared pool; give it back with <see cref="Return"/>.</summary>
    public static long[] Rent(int words)
    {
        var bits = ArrayPool<long>.Shared.Rent(words);
        Array.Clear(bits, 0, words);
        return bits;
    }

    public static void Return(long[]? bits)
    {
        if (bits is not null)
            ArrayPool<long>.Shared.Return(bits);
    }

    public static int Count(long[] bits, int words)
    {
        var count = 0;
        for (var i = 0; i < words; i++)
            count += BitOperations.PopCount((ulong)bits[i]);
        return count;
    }

    public static int CountAnd(long[] a, long[] b, int words)
    {
        var count = 0;
        for (var i = 0; i < words; i++)
            count += BitOperations.PopCount((ulong)(a[i] & b[i]));
        return count;
    }

    public static void Or(long[] target, long[] other, int words)
    {
        for (var i = 0; i < words; i++)
            target[i] |= other[i];
    }

    public static void And(long[] target, long[] other, int words)
    {
        for (var i = 0; i < words; i++)
            target[i] &= other[i];
    }

    public static void Copy(long[] source, long[] target, int words) => Array.Copy(source, target, words);

    /// <summary>Sets the bits of documents 0 .. maxDoc-1 (the last word's unused bits stay clear).</summary>
    public static void SetAll(long[] bits, int maxDoc)
    {
        var full = maxDoc >> 6;
        Array.Fill(bits, -1L, 0, full);
        if ((maxDoc & 63) != 0)
            bits[full] = (1L << (maxDoc & 63)) - 1;
    }
}
