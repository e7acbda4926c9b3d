namespace Lotse.Features.Search.Facets;

/// <summary>
/// The selected values of a search per facet as flags over catalog ordinals. A facet with a
/// filter whose codes are all unknown selects nothing, so it matches no offer.
/// </summary>
public sealed class FacetFilter
{
    private FacetFilter(bool[]?[] selected, int[] active)
    {
        Selected = selected;
        Active = active;
    }

    /// <summary>Per facet: selected[ordinal]; null when the facet is not filtered.</summary>
    public bool[]?[] Selected { get; }

    /// <summary>The facets that are filtered.</summary>
    public int[] Active { get; }

    public static FacetFilter Create(SearchQuery query, CatalogSnapshot catalog)
    {
        var selected = new bool[]?[FacetIndex.Count];
        var active = new List<int>();
        for (var f = 0; f < FacetIndex.Count; f++)
        {
            var codes = query.FilterValues(FacetNames.All[f]);
            if (codes.Count == 0 || codes.All(string.IsNullOrWhiteSpace))
                continue;
            var facet = catalog.Facets[f];
            var flags = new bool[facet.Count];
            foreach (var code in codes)
            {
                if (string.IsNullOrWhiteSpace(code))
                    continue;
                var ordinal = facet.OrdinalOf(code.Trim());
                if (ordinal >= 0)
                    flags[ordinal] = true;
            }
            selected[f] = flags;
            active.Add(f);
        }
        return new FacetFilter(selected, active.ToArray());
    }
}
