using Lotse.Features.Search;

namespace Lotse.Features.Portal;

/// <summary>The display labels of facet codes, taken from a search result's facets; unknown codes show as themselves.</summary>
public sealed class FacetLabels(SearchResult? result)
{
    private readonly Dictionary<(string, string), string> _labels = (result?.Facets ?? new Dictionary<string, IReadOnlyList<FacetValue>>())
        .SelectMany(f => f.Value.Select(v => (Key: (f.Key, v.Code), v.Label)))
        .DistinctBy(x => x.Key)
        .ToDictionary(x => x.Key, x => x.Label);

    public string Label(string facet, string code) => _labels.TryGetValue((facet, code), out var label) ? label : code;

    public IReadOnlyList<FacetValue> Values(string facet) =>
        result?.Facets.TryGetValue(facet, out var values) == true ? values : [];
}
