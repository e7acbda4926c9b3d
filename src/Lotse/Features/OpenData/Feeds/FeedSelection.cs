using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.OpenData.Feeds;

/// <summary>
/// Which published offers a feed lists: all of them, or — with the portal search's parameters (q, topic, type,
/// audience, language, municipality) — those the search finds. The search decides the set; the database
/// supplies the entries, newest change first.
/// </summary>
public static class FeedSelection
{
    public const int MaxEntries = 100;

    /// <summary>The search's hits cap how many offers a filtered feed can draw from.</summary>
    private const int MaxSearchedOffers = 2000;

    /// <summary>The parsed search, or the German messages of the parameters that are wrong.</summary>
    public static (SearchQuery? Query, string? Error) Parse(IQueryCollection parameters)
    {
        var outcome = SearchQueryParser.Parse(parameters);
        if (!outcome.IsValid)
            return (null, string.Join(" ", outcome.Errors.Values.SelectMany(v => v)));
        var query = outcome.Query;
        var filtered = query.Text is not null || query.Filters.Values.Any(v => v.Count > 0);
        return (filtered ? query with { Page = 1, PageSize = SearchQuery.MaxPageSize, Sort = SearchSort.Name, IncludeSnippets = false } : null, null);
    }

    /// <summary>Ids of the offers the search finds for <paramref name="query"/>; null (no filter) means every published offer.</summary>
    public static async Task<IReadOnlyList<Guid>?> MatchingIdsAsync(IOfferSearch search, SearchQuery? query, CancellationToken cancellationToken)
    {
        if (query is null)
            return null;
        var ids = new List<Guid>();
        for (var page = 1; ids.Count < MaxSearchedOffers; page++)
        {
            var result = await search.SearchAsync(query with { Page = page }, cancellationToken);
            ids.AddRange(result.Items.Select(i => i.Id));
            if (result.Items.Count < query.PageSize || ids.Count >= result.Total)
                break;
        }
        return ids;
    }

    /// <summary>Published offers, restricted to <paramref name="ids"/> when given.</summary>
    public static IQueryable<Offer> Published(LotseDbContext db, IReadOnlyList<Guid>? ids)
    {
        var offers = db.Offers.AsNoTracking().Where(o => o.Status == OfferStatus.Published);
        if (ids is not null)
        {
            var list = ids.ToList();
            offers = offers.Where(o => list.Contains(o.Id));
        }
        return offers;
    }
}
