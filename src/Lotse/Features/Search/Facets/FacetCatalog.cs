using System.Collections.Frozen;

namespace Lotse.Features.Search.Facets;

/// <summary>
/// The known values of one facet with their German labels, in display order. A value's position
/// in <see cref="Codes"/> is its ordinal in the facet counts of a search.
/// </summary>
public sealed class FacetCatalog
{
    private readonly FrozenDictionary<string, int> _ordinals;

    public FacetCatalog(string facet, IReadOnlyList<(string Code, string Label)> valuesInDisplayOrder)
    {
        Facet = facet;
        Codes = valuesInDisplayOrder.Select(v => v.Code).ToArray();
        Labels = valuesInDisplayOrder.Select(v => v.Label).ToArray();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Codes.Length; i++)
            ordinals.TryAdd(Codes[i], i);
        _ordinals = ordinals.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Facet { get; }
    public string[] Codes { get; }
    public string[] Labels { get; }
    public int Count => Codes.Length;

    /// <summary>The value's ordinal, or -1 for an unknown code.</summary>
    public int OrdinalOf(string code) => _ordinals.TryGetValue(code, out var ordinal) ? ordinal : -1;
}
