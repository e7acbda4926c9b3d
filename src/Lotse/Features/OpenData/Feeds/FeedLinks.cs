using Lotse.Features.Portal;
using Lotse.Features.Search;
using Microsoft.AspNetCore.Http.Extensions;

namespace Lotse.Features.OpenData.Feeds;

/// <summary>Addresses of the feeds for a portal search: its text and filters, without paging or sort.</summary>
public static class FeedLinks
{
    public static string Atom(PortalSearchRequest search, string culture) => AtomFeed.Path(culture) + Filters(search);

    public static string Calendar(PortalSearchRequest search, string culture) => $"/{culture}/termine.ics" + Filters(search);

    private static string Filters(PortalSearchRequest search)
    {
        var builder = new QueryBuilder();
        if (search.Text is not null)
            builder.Add("q", search.Text);
        foreach (var facet in FacetNames.All)
            foreach (var value in search.Values(facet))
                builder.Add(facet, value);
        return builder.ToQueryString().Value ?? "";
    }
}
