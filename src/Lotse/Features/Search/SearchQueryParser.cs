using Lotse.Features.Search.Analysis;
using Microsoft.Extensions.Primitives;

namespace Lotse.Features.Search;

/// <summary>
/// Reads a <see cref="SearchQuery"/> from query-string parameters shared by the portal's result page
/// and <c>GET /api/v1/search</c>: q, topic, type, language, audience, municipality (each repeatable
/// or comma-separated), page, pageSize, sort, near. Paging and sort errors are reported per parameter;
/// unknown filter codes are not errors (they match nothing).
/// </summary>
public static class SearchQueryParser
{
    public const int DefaultPageSize = 20;
    private const int MaxFilterValues = 50;
    private const int MaxCodeLength = 40;

    public sealed record Outcome(SearchQuery Query, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static Outcome Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var map = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in parameters)
            map[key] = map.TryGetValue(key, out var existing) ? StringValues.Concat(existing, value) : value;

        var errors = new Dictionary<string, string[]>();

        var text = SearchText.Clean(map.GetValueOrDefault("q").ToString());

        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in FacetNames.All)
        {
            var values = Codes(map.GetValueOrDefault(facet));
            if (values.Count > 0)
                filters[facet] = values;
        }

        var page = ParseInt(map, "page", 1, 1, int.MaxValue / SearchQuery.MaxPageSize, errors,
            "Die Seitennummer muss eine ganze Zahl ab 1 sein.");
        var pageSize = ParseInt(map, "pageSize", DefaultPageSize, 1, SearchQuery.MaxPageSize, errors,
            $"Die Anzahl je Seite muss eine ganze Zahl von 1 bis {SearchQuery.MaxPageSize} sein.");

        var sort = SearchSort.Relevance;
        var sortText = map.GetValueOrDefault("sort").ToString().Trim();
        if (sortText.Length > 0 && !TryParseSort(sortText, out sort))
            errors["sort"] = ["Unbekannte Sortierung. Erlaubt sind: relevance, name, lastVerified, distance."];

        var near = Codes(map.GetValueOrDefault("near")).FirstOrDefault();
        if (sort == SearchSort.Distance && near is null)
            errors["near"] = ["Für die Sortierung nach Entfernung bitte eine Kommune wählen."];

        var query = new SearchQuery
        {
            Text = text.Length == 0 ? null : text,
            Filters = filters,
            Page = errors.ContainsKey("page") ? 1 : page,
            PageSize = errors.ContainsKey("pageSize") ? DefaultPageSize : pageSize,
            Sort = sort,
            Near = near,
        };
        return new Outcome(query, errors);
    }

    public static string SortToken(SearchSort sort) => sort switch
    {
        SearchSort.Name => "name",
        SearchSort.LastVerified => "lastVerified",
        SearchSort.Distance => "distance",
        _ => "relevance",
    };

    private static bool TryParseSort(string value, out SearchSort sort)
    {
        foreach (var candidate in Enum.GetValues<SearchSort>())
        {
            if (string.Equals(SortToken(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                sort = candidate;
                return true;
            }
        }
        sort = SearchSort.Relevance;
        return false;
    }

    private static int ParseInt(Dictionary<string, StringValues> map, string name, int fallback, int min, int max,
        Dictionary<string, string[]> errors, string message)
    {
        if (!map.TryGetValue(name, out var raw) || StringValues.IsNullOrEmpty(raw) || raw.ToString().Trim().Length == 0)
            return fallback;
        if (raw.Count == 1 && int.TryParse(raw.ToString().Trim(), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors[name] = [message];
        return fallback;
    }

    private static List<string> Codes(StringValues raw)
    {
        var result = new List<string>();
        foreach (var value in raw)
        {
            if (value is null)
                continue;
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var code = SearchText.Clean(part).ToLowerInvariant();
                if (code.Length is > 0 and <= MaxCodeLength && !result.Contains(code, StringComparer.Ordinal))
                    result.Add(code);
                if (result.Count == MaxFilterValues)
                    return result;
            }
        }
        return result;
    }
}
