using Lotse.Features.Search;
using Microsoft.AspNetCore.Http.Extensions;

namespace Lotse.Features.Portal;

/// <summary>
/// The search as the portal's URL carries it: the same parameter names and codes as the JSON API
/// (<c>q, topic, type, language, audience, municipality, sort, near, page, pageSize</c>), so a
/// result page's address can be shared. Invalid paging is reported, never thrown; unknown codes
/// are passed on and simply find nothing.
/// </summary>
public sealed record PortalSearchRequest
{
    public const int DefaultPageSize = 20;
    private const int MaxValuesPerFacet = 50;
    private const int MaxCodeLength = 100;

    public string? Text { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public string? Near { get; init; }

    /// <summary>True when the free text was longer than the search takes and was cut.</summary>
    public bool TextShortened { get; init; }

    /// <summary>Resource key of the message for invalid paging; null when the request is valid.</summary>
    public string? PagingError { get; init; }

    public bool HasFilters => Filters.Values.Any(v => v.Count > 0);

    public IReadOnlyList<string> Values(string facet) => Filters.TryGetValue(facet, out var v) ? v : [];

    public static PortalSearchRequest From(IQueryCollection query)
    {
        var (text, shortened) = CleanText(query["q"].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)));
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var facet in FacetNames.All)
        {
            var values = query[facet]
                .Select(v => CleanCode(v))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Take(MaxValuesPerFacet)
                .ToList();
            if (values.Count > 0)
                filters[facet] = values;
        }

        string? error = null;
        var page = ParsePositive(query["page"].FirstOrDefault(), 1, int.MaxValue / SearchQuery.MaxPageSize, ref error, "Search.InvalidPage");
        var pageSize = ParsePositive(query["pageSize"].FirstOrDefault(), DefaultPageSize, SearchQuery.MaxPageSize, ref error, "Search.InvalidPageSize");

        return new PortalSearchRequest
        {
            Text = text,
            TextShortened = shortened,
            Filters = filters,
            Page = page,
            PageSize = pageSize,
            Sort = SortCodes.Parse(query["sort"].FirstOrDefault()),
            Near = CleanCode(query["near"].FirstOrDefault()),
            PagingError = error,
        };
    }

    public SearchQuery ToQuery() => new()
    {
        Text = Text,
        Filters = Filters,
        Page = Page,
        PageSize = PageSize,
        // Distance needs a reference municipality; without one the order falls back to relevance.
        Sort = Sort == SearchSort.Distance && Near is null ? SearchSort.Relevance : Sort,
        Near = Near,
    };

    /// <summary>The result page's address for this search (relative, with the culture segment).</summary>
    public string Url(string culture)
    {
        var builder = new QueryBuilder();
        if (Text is not null)
            builder.Add("q", Text);
        foreach (var facet in FacetNames.All)
            foreach (var value in Values(facet))
                builder.Add(facet, value);
        if (Sort != SearchSort.Relevance)
            builder.Add("sort", SortCodes.Code(Sort));
        if (Near is not null)
            builder.Add("near", Near);
        if (PageSize != DefaultPageSize)
            builder.Add("pageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Page > 1)
            builder.Add("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"/{culture}/suche{builder.ToQueryString()}";
    }

    public PortalSearchRequest WithPage(int page) => this with { Page = page };

    public PortalSearchRequest Without(string facet, string value)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Key == facet ? (IReadOnlyList<string>)f.Value.Where(v => v != value).ToList() : f.Value);
        return this with { Filters = filters, Page = 1 };
    }

    public PortalSearchRequest WithoutFilters() => this with { Filters = new Dictionary<string, IReadOnlyList<string>>(), Page = 1 };

    public PortalSearchRequest WithoutText() => this with { Text = null, Page = 1 };

    private static (string? Text, bool Shortened) CleanText(string? raw)
    {
        if (raw is null)
            return (null, false);
        // Control characters carry no meaning in a search and must not reach the page or the index.
        var cleaned = new string(raw.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (cleaned.Length == 0)
            return (null, false);
        if (cleaned.Length <= SearchQuery.MaxTextLength)
            return (cleaned, false);
        var cut = cleaned[..SearchQuery.MaxTextLength];
        if (char.IsHighSurrogate(cut[^1]))
            cut = cut[..^1];
        return (cut.TrimEnd(), true);
    }

    private static string? CleanCode(string? raw)
    {
        var trimmed = raw?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxCodeLength || trimmed.Any(char.IsControl))
            return null;
        return trimmed;
    }

    private static int ParsePositive(string? raw, int fallback, int max, ref string? error, string errorKey)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return fallback;
        if (int.TryParse(raw.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
            return value;
        error ??= errorKey;
        return fallback;
    }
}
