using Lotse.Features.Search;

namespace Lotse.Features.Portal;

/// <summary>The <c>sort</c> codes of the URL, shared with the JSON API; unknown codes mean relevance.</summary>
public static class SortCodes
{
    public static string Code(SearchSort sort) => sort switch
    {
        SearchSort.Name => "name",
        SearchSort.LastVerified => "lastVerified",
        SearchSort.Distance => "distance",
        _ => "relevance",
    };

    public static SearchSort Parse(string? code)
    {
        var normalised = code?.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        return Enum.TryParse<SearchSort>(normalised, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !int.TryParse(normalised, out _)
            ? sort
            : SearchSort.Relevance;
    }
}
