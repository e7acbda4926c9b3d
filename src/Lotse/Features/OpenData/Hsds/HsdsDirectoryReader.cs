using System.Globalization;
using System.Net.Mail;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// Maps the published directory to HSDS 3.0 tables. What is public: published offers (status
/// <c>active</c>), their organizations and locations, every taxonomy term, contacts with recorded consent
/// (date and scope), and the audit rows of those entities. Ids: see <see cref="HsdsIds"/>.
/// The mapping of each field is documented in README "Datenaustausch (HSDS)".
/// </summary>
public sealed class HsdsDirectoryReader(LotseDbContext db, IOptions<HsdsOptions> options)
{
    /// <summary>Persistent identifier of a German municipality by its AGS (DCAT-AP.de political geocoding).</summary>
    public const string MunicipalityUriPrefix = "http://dcat-ap.de/def/politicalGeocoding/municipalityKey/";
    public const string ExternalIdentifierTypeAgs = "AGS";
    public const string TaxonomyUriPrefix = "urn:lotse:taxonomy:";

    // Audit rows of these entities are published; contacts' are not (their history may hold data from before the consent).
    private static readonly string[] AuditedTypes = ["Offer", "Organization", "Location", "TaxonomyTerm", "Schedule", "CostOption"];

    public async Task<HsdsTables> ReadAsync(CancellationToken cancellationToken)
    {
        var offers = await db.Offers.AsNoTracking().AsSplitQuery()
            .Where(o => o.Status == OfferStatus.Published)
            .Include(o => o.Organization)
            .Include(o => o.Municipality)
            .Include(o => o.Terms)
            .Include(o => o.Languages)
            .Include(o => o.Locations).ThenInclude(l => l.Municipality)
            .Include(o => o.Contacts.Where(c => c.ConsentGivenOn != null && c.ConsentScope != null && c.ConsentScope != ""))
            .Include(o => o.Schedules)
            .Include(o => o.CostOptions)
            .ToListAsync(cancellationToken);
        var taxonomies = await db.Taxonomies.AsNoTracking().Include(t => t.Terms).ToListAsync(cancellationToken);

        var organizations = offers.Select(o => o.Organization).DistinctBy(o => o.Id).ToList();
        var locations = offers.SelectMany(o => o.Locations).DistinctBy(l => l.Id).ToList();
        var exported = new HashSet<Guid>(offers.Select(o => o.Id)
            .Concat(organizations.Select(o => o.Id))
            .Concat(locations.Select(l => l.Id))
            .Concat(taxonomies.SelectMany(t => t.Terms).Select(t => t.Id))
            .Concat(offers.SelectMany(o => o.Schedules).Select(s => s.Id))
            .Concat(offers.SelectMany(o => o.CostOptions).Select(c => c.Id)));
        var audit = (await db.AuditEntries.AsNoTracking()
                .Where(a => AuditedTypes.Contains(a.EntityType)
                    && (a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted))
                .ToListAsync(cancellationToken))
            .Where(a => exported.Contains(a.EntityId))
            .Select(Metadata);

        var contacts = offers.SelectMany(o => o.Contacts).ToList();
        var phones = offers.Where(o => Text(o.Phone) is not null)
                .Select(o => new HsdsPhone { Id = HsdsIds.ServicePhone(o.Id), ServiceId = HsdsIds.Of(o.Id), Number = o.Phone!.Trim() })
            .Concat(organizations.Where(o => Text(o.Phone) is not null)
                .Select(o => new HsdsPhone { Id = HsdsIds.OrganizationPhone(o.Id), OrganizationId = HsdsIds.Of(o.Id), Number = o.Phone!.Trim() }))
            .Concat(contacts.Where(c => Text(c.Phone) is not null)
                .Select(c => new HsdsPhone { Id = HsdsIds.ContactPhone(c.Id), ContactId = HsdsIds.Of(c.Id), Number = c.Phone!.Trim() }));

        return new HsdsTables(
            Sorted(organizations.Select(Organization), o => o.Id),
            Sorted(offers.Select(Service), s => s.Id),
            Sorted(locations.Select(Location), l => l.Id),
            Sorted(locations.Select(Address).OfType<HsdsAddress>(), a => a.Id),
            Sorted(locations.Select(Accessibility).OfType<HsdsAccessibility>(), a => a.Id),
            Sorted(offers.SelectMany(o => o.Locations.Select(l => new HsdsServiceAtLocation
            {
                Id = HsdsIds.ServiceAtLocation(o.Id, l.Id), ServiceId = HsdsIds.Of(o.Id), LocationId = HsdsIds.Of(l.Id),
            })), s => s.Id),
            Sorted(contacts.Select(c => new HsdsContact
            {
                Id = HsdsIds.Of(c.Id), ServiceId = HsdsIds.Of(c.OfferId!.Value), Name = Text(c.Name), Title = Text(c.Title),
                Department = Text(c.Department), Email = Email(c.Email),
            }), c => c.Id),
            Sorted(phones, p => p.Id),
            Sorted(offers.SelectMany(Schedules), s => s.Id),
            Sorted(offers.Where(o => o.Municipality is not null).Select(o => new HsdsServiceArea
            {
                Id = HsdsIds.ServiceArea(o.Id), ServiceId = HsdsIds.Of(o.Id), Name = o.Municipality!.Name,
                Uri = MunicipalityUriPrefix + o.Municipality.Code,
            }), a => a.Id),
            Sorted(offers.SelectMany(o => o.Languages.Select(l => new HsdsLanguage
            {
                Id = HsdsIds.Language(o.Id, l.Id), ServiceId = HsdsIds.Of(o.Id), Name = l.Name, Code = l.Code,
            })), l => l.Id),
            Sorted(offers.SelectMany(o => o.CostOptions).Select(c => new HsdsCostOption
            {
                Id = HsdsIds.Of(c.Id), ServiceId = HsdsIds.Of(c.OfferId), Option = Text(c.Option), Currency = Text(c.Currency),
                Amount = c.Amount, AmountDescription = Text(c.AmountDescription),
            }), c => c.Id),
            Sorted(taxonomies.Select(Taxonomy), t => t.Id),
            Sorted(taxonomies.SelectMany(t => t.Terms.Select(term => Term(t, term))), t => t.Id),
            Sorted(offers.SelectMany(o => o.Terms.Select(t => new HsdsAttribute
            {
                Id = HsdsIds.Attribute(o.Id, t.Id), LinkId = HsdsIds.Of(o.Id), TaxonomyTermId = HsdsIds.Of(t.Id), LinkEntity = "service",
            })), a => a.Id),
            Sorted(audit, m => m.Id));
    }

    private static List<T> Sorted<T>(IEnumerable<T> rows, Func<T, string> id) => rows.OrderBy(id, StringComparer.Ordinal).ToList();

    private static HsdsOrganization Organization(Organization o) => new()
    {
        Id = HsdsIds.Of(o.Id),
        Name = o.Name,
        AlternateName = Text(o.AlternateName),
        // Required by HSDS, optional in Lotse: the name stands in (an empty CSV cell counts as missing).
        Description = Text(o.Description) ?? o.Name,
        Email = Email(o.Email),
        Website = WebAddress(o.Website),
    };

    private static HsdsService Service(Offer o) => new()
    {
        Id = HsdsIds.Of(o.Id),
        OrganizationId = HsdsIds.Of(o.OrganizationId),
        Name = o.Name,
        AlternateName = Text(o.AlternateName),
        Description = o.Description,
        Url = WebAddress(o.Url),
        Email = Email(o.Email),
        Status = "active",
        ApplicationProcess = Text(o.ApplicationProcess),
        // HSDS has no "free of charge" flag: a free offer without a text of its own says so in words.
        FeesDescription = Text(o.FeesDescription) ?? (o.IsFree ? FreeOfCharge : null),
        EligibilityDescription = Text(o.EligibilityDescription),
        MinimumAge = o.MinimumAge,
        MaximumAge = o.MaximumAge,
        AssuredDate = Date(o.LastVerified),
        LastModified = DateTime.SpecifyKind(o.LastModified, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    public const string FreeOfCharge = "kostenlos";

    private static HsdsLocation Location(Location l) => new()
    {
        Id = HsdsIds.Of(l.Id),
        LocationType = "physical",
        OrganizationId = l.OrganizationId is { } organization ? HsdsIds.Of(organization) : null,
        Name = l.Name,
        Transportation = Text(l.Transportation),
        Latitude = l.Latitude,
        Longitude = l.Longitude,
        // The municipality the place lies in, by its official key: cities' names alone are ambiguous.
        ExternalIdentifier = l.Municipality?.Code,
        ExternalIdentifierType = l.Municipality is null ? null : ExternalIdentifierTypeAgs,
    };

    private HsdsAddress? Address(Location l)
    {
        var city = Text(l.City) ?? l.Municipality?.Name;
        if (Text(l.Street) is not { } street || Text(l.PostalCode) is not { } postalCode || city is null)
            return null;
        return new HsdsAddress
        {
            Id = HsdsIds.Address(l.Id),
            LocationId = HsdsIds.Of(l.Id),
            Address1 = street,
            City = city,
            Region = options.Value.Region,
            StateProvince = options.Value.StateProvince,
            PostalCode = postalCode,
            Country = options.Value.Country,
            AddressType = "physical",
        };
    }

    private static HsdsAccessibility? Accessibility(Location l) =>
        Text(l.AccessibilityDescription) is null && Text(l.AccessibilityDetails) is null
            ? null
            : new HsdsAccessibility
            {
                Id = HsdsIds.Accessibility(l.Id), LocationId = HsdsIds.Of(l.Id),
                Description = Text(l.AccessibilityDescription), Details = Text(l.AccessibilityDetails),
            };

    /// <summary>Weekly times as WEEKLY schedules; the first and last day of a dated offer as their valid_from/valid_to.</summary>
    private static IEnumerable<HsdsSchedule> Schedules(Offer o)
    {
        var from = Date(o.StartsOn);
        var to = Date(o.EndsOn);
        if (o.Schedules.Count == 0 && (from is not null || to is not null))
            yield return new HsdsSchedule { Id = HsdsIds.DateRange(o.Id), ServiceId = HsdsIds.Of(o.Id), ValidFrom = from, ValidTo = to };
        foreach (var s in o.Schedules)
        {
            yield return new HsdsSchedule
            {
                Id = HsdsIds.Of(s.Id),
                ServiceId = HsdsIds.Of(o.Id),
                ValidFrom = from,
                ValidTo = to,
                Freq = "WEEKLY",
                Byday = Weekday(s.Weekday),
                OpensAt = s.OpensAt.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture),
                ClosesAt = s.ClosesAt.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture),
                Notes = Text(s.Note),
            };
        }
    }

    /// <summary>iCalendar's day codes, as HSDS uses them in byday.</summary>
    public static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    private static HsdsTaxonomy Taxonomy(Taxonomy t) => new()
    {
        Id = HsdsIds.Of(t.Id),
        Name = t.Name,
        Description = Text(t.Description) ?? t.Name,
        Uri = TaxonomyUriPrefix + t.Code,
    };

    private static HsdsTaxonomyTerm Term(Taxonomy taxonomy, TaxonomyTerm term) => new()
    {
        Id = HsdsIds.Of(term.Id),
        Code = term.Code,
        Name = term.Label,
        Description = Text(term.Description) ?? term.Label,
        Taxonomy = taxonomy.Code,
        Language = "de",
        TaxonomyId = HsdsIds.Of(taxonomy.Id),
        TermUri = $"{TaxonomyUriPrefix}{taxonomy.Code}:{term.Code}",
    };

    /// <summary>
    /// An audit row without the editor's name: public data names where a change came from, not who made it.
    /// HSDS requires every column and an empty CSV cell counts as missing, so the row of a whole record has
    /// field <c>*</c> and the value before a creation or after a deletion is <see cref="NoValue"/>.
    /// </summary>
    private static HsdsMetadataRecord Metadata(AuditEntry a)
    {
        var record = HsdsMetadataRecord.From(a);
        return record with
        {
            FieldName = record.FieldName.Length == 0 ? "*" : record.FieldName,
            PreviousValue = record.PreviousValue.Length == 0 ? NoValue : record.PreviousValue,
            ReplacementValue = record.ReplacementValue.Length == 0 ? NoValue : record.ReplacementValue,
            UpdatedBy = a.Source == ActorSources.Web ? "Redaktion" : a.Source,
        };
    }

    public const string NoValue = "(leer)";

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An absolute http(s) address (HSDS format uri): a bare host name gets https://; anything else is left out.</summary>
    public static string? WebAddress(string? value)
    {
        if (Text(value)?.Trim() is not { } text)
            return null;
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "https://" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text
            : null;
    }

    /// <summary>A plain address (HSDS format email); anything else is left out.</summary>
    public static string? Email(string? value) =>
        Text(value)?.Trim() is { } text && MailAddress.TryCreate(text, out var address) && address.Address == text && address.DisplayName.Length == 0
            ? text
            : null;
}
