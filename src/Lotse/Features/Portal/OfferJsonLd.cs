using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lotse.Features.Directory;

namespace Lotse.Features.Portal;

/// <summary>
/// schema.org description of an offer for search engines. Serialised with System.Text.Json's default
/// encoder, which escapes &lt; &gt; &amp; so that data can never close the surrounding script element.
/// </summary>
public static class OfferJsonLd
{
    // Public bodies offer government services; associations and initiatives plain services.
    private static readonly HashSet<string> PublicActorTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "fachamt_kreis", "behoerde", "beauftragte", "kommune",
    };

    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Create(Offer offer, string pageUrl, string countyWideLabel)
    {
        var organization = offer.Organization;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = organization.ActorType is { } type && PublicActorTypes.Contains(type) ? "GovernmentService" : "Service",
            ["@id"] = pageUrl,
            ["url"] = pageUrl,
            ["name"] = offer.Name,
            ["alternateName"] = offer.AlternateName,
            ["description"] = offer.Description,
            ["serviceType"] = offer.Terms.Where(t => t.Taxonomy.Code == TaxonomyCodes.OfferType).Select(t => t.Label).FirstOrDefault(),
            ["provider"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["name"] = organization.Name,
                ["url"] = WebLinks.SafeHttpUrl(organization.Website),
                ["email"] = organization.Email,
                ["telephone"] = organization.Phone,
            },
            ["areaServed"] = new Dictionary<string, object?>
            {
                ["@type"] = "AdministrativeArea",
                ["name"] = offer.Municipality?.Name ?? countyWideLabel,
            },
            ["availableLanguage"] = offer.Languages.OrderBy(l => l.SortOrder).Select(l => new Dictionary<string, object?>
            {
                ["@type"] = "Language",
                ["name"] = l.Name,
                ["alternateName"] = l.Code,
            }).ToList(),
            ["audience"] = offer.Terms.Where(t => t.Taxonomy.Code == TaxonomyCodes.Audience).Select(t => new Dictionary<string, object?>
            {
                ["@type"] = "Audience",
                ["audienceType"] = t.Label,
            }).ToList(),
            ["isAccessibleForFree"] = offer.IsFree ? true : null,
            ["availableChannel"] = offer.Locations.Count == 0 ? null : new Dictionary<string, object?>
            {
                ["@type"] = "ServiceChannel",
                ["servicePhone"] = offer.Phone,
                ["serviceUrl"] = WebLinks.SafeHttpUrl(offer.Url),
                ["serviceLocation"] = offer.Locations.Select(l => Place(l, offer.Schedules)).ToList(),
            },
        };
        return JsonSerializer.Serialize(data, Options);
    }

    private static Dictionary<string, object?> Place(Location location, IEnumerable<Schedule> schedules) => new()
    {
        ["@type"] = "Place",
        ["name"] = location.Name,
        ["address"] = new Dictionary<string, object?>
        {
            ["@type"] = "PostalAddress",
            ["streetAddress"] = location.Street,
            ["postalCode"] = location.PostalCode,
            ["addressLocality"] = location.City ?? location.Municipality?.Name,
            ["addressCountry"] = "DE",
        },
        ["geo"] = location is { Latitude: { } lat, Longitude: { } lon }
            ? new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon }
            : null,
        ["openingHoursSpecification"] = schedules
            .OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt)
            .Select(s => new Dictionary<string, object?>
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = "https://schema.org/" + s.Weekday.ToString(),
                ["opens"] = s.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = s.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["description"] = s.Note,
            }).ToList(),
    };
}
