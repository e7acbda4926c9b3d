using Lotse.Features.Search;
using Microsoft.AspNetCore.Http.Extensions;

namespace Lotse.Features.Portal;

/// <summary>
/// The search as the portal's URL carries it: the same parameter names and codes as the JSON API
/// (<c>q, topic, type, language, audience, municipality, sort, near, page, pageSize</c>), so a
/// result page's address can be shared. Parsing is the search's own
/// <see cref="SearchQueryParser"/>; invalid paging is reported, never thrown; unknown codes are
/// passed on and simply find nothing.
/// </summary>
public sealed record PortalSearchRequest
{
    public const int DefaultPageSize = SearchQueryParser.DefaultPageSize;

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
        var outcome = SearchQueryParser.Parse(query);
        var parsed = outcome.Query;
        // Only paging is an error on the page; an unknown sort or a distance sort without a
        // municipality falls back to relevance, like unknown filter codes that simply match nothing.
        var pagingError = outcome.Errors.ContainsKey("page") ? "Search.InvalidPage"
            : outcome.Errors.ContainsKey("pageSize") ? "Search.InvalidPageSize"
            : null;
        var rawText = query["q"].ToString().Trim();
        return new PortalSearchRequest
        {
            Text = parsed.Text,
            TextShortened = parsed.Text is not null && rawText.Length > SearchQuery.MaxTextLength,
            Filters = parsed.Filters,
            Page = parsed.Page,
            PageSize = parsed.PageSize,
            Sort = outcome.Errors.ContainsKey("sort") ? SearchSort.Relevance : parsed.Sort,
            Near = parsed.Near,
            PagingError = pagingError,
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
            builder.Add("sort", SearchQueryParser.SortToken(Sort));
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
}
