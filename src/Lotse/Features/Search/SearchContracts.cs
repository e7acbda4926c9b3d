namespace Lotse.Features.Search;

/// <summary>Sort orders of the search; <see cref="Distance"/> needs a reference municipality.</summary>
public enum SearchSort
{
    Relevance,
    Name,
    LastVerified,
    Distance,
}

/// <summary>The facets of the search, named as in the API's query string.</summary>
public static class FacetNames
{
    public const string Topic = "topic";
    public const string Type = "type";
    public const string Language = "language";
    public const string Audience = "audience";
    public const string Municipality = "municipality";

    public static readonly IReadOnlyList<string> All = [Topic, Type, Language, Audience, Municipality];
}

/// <summary>
/// A search: free text plus filters per facet. Values within one facet combine with OR,
/// facets combine with AND. <see cref="Near"/> is a municipality code used for distance sorting.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public string? Near { get; init; }

    /// <summary>
    /// Portal culture segment of the reader ("tr"): hits then carry that language's shown translation of name
    /// and snippet where there is one. Null or "de": the German texts.
    /// </summary>
    public string? Culture { get; init; }

    /// <summary>Whether hits carry <see cref="SearchHit.SnippetHtml"/>; clients that show no snippet save their cost.</summary>
    public bool IncludeSnippets { get; init; } = true;

    public const int MaxPageSize = 100;
    public const int MaxTextLength = 500;

    public IReadOnlyList<string> FilterValues(string facet) =>
        Filters.TryGetValue(facet, out var values) ? values : [];
}

public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>
/// One found offer. <see cref="SnippetHtml"/> is HTML-encoded text with &lt;mark&gt; around hits,
/// null when the query asked for no snippets. <see cref="ContentLanguage"/> is the culture of a translated
/// <see cref="Name"/> and snippet, null when they are the German texts.
/// </summary>
public sealed record SearchHit(
    Guid Id,
    string Name,
    string OrganizationName,
    string? MunicipalityCode,
    string? MunicipalityName,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Audiences,
    DateOnly? LastVerified,
    string? SnippetHtml,
    double? DistanceKm,
    bool IsExample,
    string? ContentLanguage = null,
    bool IsMachineTranslated = false);

/// <summary>A facet value with the number of hits it would have; the count ignores the facet's own filter.</summary>
public sealed record FacetValue(string Code, string Label, int Count, bool Selected);

public interface IOfferSearch
{
    /// <summary>Answers once the index is ready (waits for the first build).</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
