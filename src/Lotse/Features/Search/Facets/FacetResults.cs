namespace Lotse.Features.Search.Facets;

/// <summary>Turns the counts of a search into the facet lists of its result.</summary>
public static class FacetResults
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Build(int[][] counts, FacetFilter filter, CatalogSnapshot catalog)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(FacetIndex.Count, StringComparer.Ordinal);
        for (var f = 0; f < FacetIndex.Count; f++)
        {
            var facet = catalog.Facets[f];
            var selected = filter.Selected[f];
            var values = new List<FacetValue>();
            // The catalog is already in display order (sort order or German name).
            for (var ordinal = 0; ordinal < facet.Count; ordinal++)
            {
                var isSelected = selected is not null && selected[ordinal];
                if (counts[f][ordinal] > 0 || isSelected)
                    values.Add(new FacetValue(facet.Codes[ordinal], facet.Labels[ordinal], counts[f][ordinal], isSelected));
            }
            if (f == FacetIndex.Language)
                values = values.OrderByDescending(v => v.Count).ToList(); // stable: ties stay by name
            result[facet.Facet] = values;
        }
        return result;
    }
}
