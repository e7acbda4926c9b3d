using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Portal;
using Lotse.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.OpenData.Feeds;

/// <summary>
/// <c>GET /{culture}/feed.atom</c>: new and changed published offers as Atom 1.0, newest change first, filtered
/// with the portal search's parameters. Wrong parameters answer 400 with a German text.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const int SummaryLength = 400;

    public static string Path(string culture) => $"/{culture}/feed.atom";

    public static IEndpointRouteBuilder MapAtomFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/{{culture:{CultureRouteConstraint.Name}}}/feed.atom", HandleAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(string culture, HttpContext context, LotseDbContext db, IOfferSearch search,
        IStringLocalizer<FeedsResource> text, CancellationToken cancellationToken)
    {
        var (query, error) = FeedSelection.Parse(context.Request.Query);
        if (error is not null)
            return Results.Text(error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var ids = await FeedSelection.MatchingIdsAsync(search, query, cancellationToken);
        var offers = await FeedSelection.Published(db, ids)
            .OrderByDescending(o => o.LastModified).ThenBy(o => o.Id)
            .Take(FeedSelection.MaxEntries)
            .Include(o => o.Organization)
            .ToListAsync(cancellationToken);

        var segment = PortalCultures.Find(culture)!.Segment;
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var body = Write(offers, origin, segment, context.Request.QueryString.Value ?? "", text);
        DateTimeOffset? newest = offers.Count == 0 ? null : new DateTimeOffset(DateTime.SpecifyKind(offers[0].LastModified, DateTimeKind.Utc));
        return FeedCaching.Respond(context, body, ContentType, newest);
    }

    public static byte[] Write(IReadOnlyList<Offer> offers, string origin, string culture, string queryString, IStringLocalizer<FeedsResource> text)
    {
        var feed = new SyndicationFeed(text["Atom.Title"], text["Atom.Subtitle"], new Uri($"{origin}/{culture}/suche{queryString}"))
        {
            // Stable per filter, so a reader keeps its read marks.
            Id = $"{origin}{Path(culture)}{queryString}",
            Language = culture,
            LastUpdatedTime = offers.Count == 0 ? DateTimeOffset.UnixEpoch : Utc(offers[0].LastModified),
            Generator = "Lotse",
        };
        feed.Links.Add(new SyndicationLink(new Uri($"{origin}{Path(culture)}{queryString}"), "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = text["Atom.Author"] });
        feed.Items = offers.Select(o =>
        {
            var url = new Uri($"{origin}/{culture}/angebote/{o.Id}");
            var item = new SyndicationItem
            {
                Id = $"urn:uuid:{o.Id}",
                Title = new TextSyndicationContent(o.Name),
                Summary = new TextSyndicationContent(Summary(o.Description)),
                LastUpdatedTime = Utc(o.LastModified),
                PublishDate = Utc(o.CreatedAt),
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(url, "text/html"));
            item.Authors.Add(new SyndicationPerson { Name = o.Organization.Name });
            return item;
        }).ToList();

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return output.ToArray();
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string Summary(string markdown)
    {
        var plain = Markdig.Markdown.ToPlainText(markdown).ReplaceLineEndings(" ").Trim();
        while (plain.Contains("  ", StringComparison.Ordinal))
            plain = plain.Replace("  ", " ", StringComparison.Ordinal);
        return plain.Length <= SummaryLength ? plain : plain[..SummaryLength].TrimEnd() + "…";
    }
}
