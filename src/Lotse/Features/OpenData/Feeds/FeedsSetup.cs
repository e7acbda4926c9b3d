namespace Lotse.Features.OpenData.Feeds;

public static class FeedsSetup
{
    /// <summary>The public Atom and iCalendar feeds under the portal's culture segment.</summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapAtomFeed().MapCalendarFeeds();
}
