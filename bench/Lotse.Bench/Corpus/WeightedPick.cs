namespace Lotse.Bench.Corpus;

/// <summary>Draws items in proportion to their weights (cumulative table, binary search).</summary>
internal sealed class WeightedPick<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPick(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0)
            throw new ArgumentException("Nothing to pick from.", nameof(weighted));
        _items = list.Select(w => w.Item).ToArray();
        _cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
            _cumulative[i] = sum += list[i].Weight;
    }

    public T Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        if (index < 0)
            index = ~index;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
