using System.Text;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Portal;
using Lotse.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.OpenData.Feeds;

/// <summary>
/// <c>GET /{culture}/angebote/{id}.ics</c>: one dated offer to put into a calendar; <c>GET /{culture}/termine.ics</c>:
/// all current dated offers, filtered like the portal search, to subscribe to.
/// </summary>
public static class CalendarFeeds
{
    /// <summary>How long after its last day an offer stays in the subscribed calendar.</summary>
    public const int KeepEndedDays = 90;

    public static string OfferPath(string culture, Guid id) => $"/{culture}/angebote/{id}.ics";

    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/{{culture:{CultureRouteConstraint.Name}}}/angebote/{{id}}.ics", OfferAsync).ExcludeFromDescription();
        endpoints.MapGet($"/{{culture:{CultureRouteConstraint.Name}}}/termine.ics", AllAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> OfferAsync(string culture, string id, HttpContext context, LotseDbContext db,
        IStringLocalizer<FeedsResource> text, CancellationToken cancellationToken)
    {
        var offer = await PublishedOffers.FindAsync(db, id, cancellationToken);
        if (offer is null || !OfferCalendar.HasDates(offer))
            return Results.NotFound();
        var segment = PortalCultures.Find(culture)!.Segment;
        var body = Encoding.UTF8.GetBytes(OfferCalendar.Create([offer], Origin(context), segment, offer.Name));
        return FeedCaching.Respond(context, body, OfferCalendar.ContentType, Utc(offer.LastModified), $"angebot-{offer.Id}.ics");
    }

    private static async Task<IResult> AllAsync(string culture, HttpContext context, LotseDbContext db, IOfferSearch search,
        TimeProvider clock, IStringLocalizer<FeedsResource> text, CancellationToken cancellationToken)
    {
        var (query, error) = FeedSelection.Parse(context.Request.Query);
        if (error is not null)
            return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var ids = await FeedSelection.MatchingIdsAsync(search, query, cancellationToken);
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-KeepEndedDays);
        var offers = await FeedSelection.Published(db, ids)
            .Where(o => o.StartsOn != null && (o.EndsOn ?? o.StartsOn) >= since)
            .OrderBy(o => o.StartsOn).ThenBy(o => o.Id)
            .AsSplitQuery()
            .Include(o => o.Schedules)
            .Include(o => o.Locations).ThenInclude(l => l.Municipality)
            .ToListAsync(cancellationToken);
        var segment = PortalCultures.Find(culture)!.Segment;
        var body = Encoding.UTF8.GetBytes(OfferCalendar.Create(offers, Origin(context), segment, text["Calendar.Name"]));
        DateTimeOffset? newest = offers.Count == 0 ? null : Utc(offers.Max(o => o.LastModified));
        return FeedCaching.Respond(context, body, OfferCalendar.ContentType, newest);
    }

    private static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
