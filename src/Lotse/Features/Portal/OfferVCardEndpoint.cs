using System.Text;
using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Portal;

/// <summary><c>GET /{culture}/angebote/{id}/vcard</c>: the offer's contact card for an address book.</summary>
public static class OfferVCardEndpoint
{
    public const string ContentType = "text/vcard; charset=utf-8";

    public static IEndpointRouteBuilder MapOfferVCard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"/{{culture:{CultureRouteConstraint.Name}}}/angebote/{{id}}/vcard", HandleAsync)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(string culture, string id, LotseDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var offer = await PublishedOffers.FindAsync(db, id, cancellationToken);
        if (offer is null)
            return Results.NotFound();
        var pageUrl = $"{context.Request.Scheme}://{context.Request.Host}/{PortalCultures.Find(culture)!.Segment}/angebote/{offer.Id}";
        var card = Create(offer, pageUrl);
        return Results.File(Encoding.UTF8.GetBytes(card), ContentType, FileName(offer.Name));
    }

    public static string Create(Offer offer, string pageUrl)
    {
        var card = new VCardBuilder()
            .Kind("org")
            .FormattedName(offer.Name)
            .Organization(offer.Organization.Name);
        foreach (var location in offer.Locations.OrderBy(l => l.Name, StringComparer.CurrentCulture))
            card.Address(location.Street, location.City ?? location.Municipality?.Name, location.PostalCode, "Deutschland");
        card.Phone(offer.Phone ?? offer.Organization.Phone)
            .Email(offer.Email ?? offer.Organization.Email)
            .Url(WebLinks.SafeHttpUrl(offer.Url) ?? WebLinks.SafeHttpUrl(offer.Organization.Website) ?? pageUrl);
        return card.Build();
    }

    private static string FileName(string offerName)
    {
        var safe = new string(offerName.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        if (safe.Length > 60)
            safe = safe[..60];
        return (safe.Length == 0 ? "angebot" : safe) + ".vcf";
    }
}
