using Lotse.Features.Search;

namespace Lotse.Features.Portal;

/// <summary>
/// The facet values of a search result in the page's language: taxonomy terms and language names
/// translated (municipalities keep their German names), languages and municipalities ordered by the
/// culture's comparer. Unknown codes show as themselves.
/// </summary>
public sealed class FacetLabels
{
    private readonly Dictionary<string, IReadOnlyList<FacetValue>> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _labels = [];

    public FacetLabels(SearchResult? result, TermTranslations translations, PortalCulture culture)
    {
        var comparer = StringComparer.Create(culture.Culture, ignoreCase: true);
        foreach (var (facet, values) in result?.Facets ?? new Dictionary<string, IReadOnlyList<FacetValue>>())
        {
            var translated = values
                .Select(v => facet == FacetNames.Municipality ? v : v with { Label = translations.Label(facet, v.Code, culture, v.Label) })
                .ToList();
            _values[facet] = facet switch
            {
                // The search ranks languages by count; ties follow the name in the reader's language.
                FacetNames.Language => translated.OrderByDescending(v => v.Count).ThenBy(v => v.Label, comparer).ToList(),
                FacetNames.Municipality => translated.OrderBy(v => v.Label, comparer).ToList(),
                // Taxonomy terms keep the editors' order.
                _ => translated,
            };
            foreach (var value in translated)
                _labels.TryAdd((facet, value.Code), value.Label);
        }
    }

    public static FacetLabels Empty { get; } = new(null, new TermTranslations([]), PortalCultures.Default);

    public string Label(string facet, string code) => _labels.TryGetValue((facet, code), out var label) ? label : code;

    public IReadOnlyList<FacetValue> Values(string facet) => _values.TryGetValue(facet, out var values) ? values : [];
}
