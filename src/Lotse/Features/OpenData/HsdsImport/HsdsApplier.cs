using System.Globalization;
using System.Text;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Offers;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// Maps a valid HSDS package onto Lotse's directory in the caller's DbContext (tracked, not yet saved):
/// taxonomies and terms, organizations, locations, then services as offers with their links and children.
/// Entries are found by their HSDS id (see <see cref="ExistingIds"/>) and only assigned what differs.
/// </summary>
internal sealed class HsdsApplier(LotseDbContext db, HsdsPackage package, ExistingIds existing, HsdsImportOptions options,
    ImportReport report, DateTime now, IProgress<ImportStep>? progress)
{
    private static readonly string[] CoreTaxonomies = [TaxonomyCodes.Topic, TaxonomyCodes.OfferType, TaxonomyCodes.Audience];
    private const string FallbackTaxonomyCode = "hsds";
    private const string FreeOfCharge = "kostenlos";
    private const string ImportedConsentScope = "Veröffentlichung, übernommen aus dem HSDS-Datenpaket der Quelle";

    private readonly Dictionary<string, Taxonomy> _taxonomies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TaxonomyTerm> _terms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Organization> _organizations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Location> _locations = new(StringComparer.OrdinalIgnoreCase);
    private List<Taxonomy> _allTaxonomies = [];
    private List<Language> _languages = [];
    private MunicipalityMatcher _matcher = null!;
    private readonly PackageIndex _index = new(package);
    private bool? _keyedByAgs;

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        _allTaxonomies = await db.Taxonomies.Include(t => t.Terms).ToListAsync(cancellationToken);
        _languages = await db.Languages.ToListAsync(cancellationToken);
        _matcher = new MunicipalityMatcher(await db.Municipalities.ToListAsync(cancellationToken));

        foreach (var row in package.Rows("taxonomy"))
            _taxonomies[row.Id!] = Taxonomy(row);
        foreach (var row in package.Rows("taxonomy_term"))
            _terms[row.Id!] = Term(row);
        foreach (var row in package.Rows("organization"))
            _organizations[row.Id!] = await OrganizationAsync(row, cancellationToken);
        foreach (var row in package.Rows("location"))
            _locations[row.Id!] = await LocationAsync(row, cancellationToken);
        var services = package.Rows("service");
        for (var i = 0; i < services.Count; i++)
        {
            await OfferAsync(services[i], cancellationToken);
            progress?.Report(new ImportStep(ImportStep.Apply, i + 1, services.Count));
        }
        foreach (var table in package.TableNames.Where(t => t is "program" or "funding" or "required_document" or "organization_identifier" or "metadata" or "meta_table_description"))
            report.Warning(package.Rows(table)[0].File, null, null, $"Die Tabelle „{table}“ hat in Lotse keine Entsprechung und wird nicht übernommen.");
    }

    // ---- taxonomies and terms ----

    private Taxonomy Taxonomy(HsdsRecord row)
    {
        var name = row["name"]!;
        var taxonomy = existing.Find("taxonomy", row.Id) is { } id ? _allTaxonomies.Single(t => t.Id == id) : ByName(name);
        if (taxonomy is null)
        {
            taxonomy = new Taxonomy { Id = Guid.Parse(row.Id!), Code = UniqueTaxonomyCode(name), Name = name, HsdsId = row.Id };
            db.Taxonomies.Add(taxonomy);
            _allTaxonomies.Add(taxonomy);
        }
        // Lotse's own vocabularies keep their names; taxonomies that came by import follow their source.
        if (!CoreTaxonomies.Contains(taxonomy.Code))
        {
            taxonomy.Name = name;
            taxonomy.Description = Description(row["description"], name);
        }
        return taxonomy;
    }

    private Taxonomy? ByName(string? name) => name is null ? null :
        _allTaxonomies.FirstOrDefault(t => Same(t.Name, name) || Same(t.Code, name));

    private TaxonomyTerm Term(HsdsRecord row)
    {
        var name = row["name"]!;
        if (existing.Find("taxonomy_term", row.Id) is { } id)
        {
            var known = _allTaxonomies.SelectMany(t => t.Terms).Single(t => t.Id == id);
            known.Label = name;
            known.Description = Description(row["description"], name);
            return known;
        }
        var taxonomy = row["taxonomy_id"] is { } taxonomyId
            ? _taxonomies.GetValueOrDefault(taxonomyId) ?? (existing.Find("taxonomy", taxonomyId) is { } tid ? _allTaxonomies.Single(t => t.Id == tid) : null)
            : ByName(row["taxonomy"]);
        var code = row["code"];
        TaxonomyTerm? InTaxonomy(Taxonomy t) => t.Terms.FirstOrDefault(x => (code is not null && (Same(x.Code, code) || Same(x.Code, Slug(code, 80)))) || Same(x.Label, name));
        if (taxonomy is not null && CoreTaxonomies.Contains(taxonomy.Code) && InTaxonomy(taxonomy) is { } core)
            return core;
        // A term of another vocabulary that names one of Lotse's topics, types or audiences counts as that one, so the search's facets find it.
        var sameLabel = _allTaxonomies.Where(t => CoreTaxonomies.Contains(t.Code)).SelectMany(t => t.Terms).Where(t => Same(t.Label, name)).ToList();
        if (sameLabel.Count == 1)
            return sameLabel[0];
        taxonomy ??= row["taxonomy"] is { } taxonomyName ? NewTaxonomy(taxonomyName, null) : Fallback();
        if (InTaxonomy(taxonomy) is { } match)
            return match;
        var term = new TaxonomyTerm
        {
            Id = Guid.Parse(row.Id!),
            Taxonomy = taxonomy,
            TaxonomyId = taxonomy.Id,
            Code = UniqueTermCode(taxonomy, Slug(code ?? name, 80)),
            Label = name,
            Description = Description(row["description"], name),
            SortOrder = taxonomy.Terms.Count == 0 ? 0 : taxonomy.Terms.Max(t => t.SortOrder) + 1,
            HsdsId = row.Id,
        };
        taxonomy.Terms.Add(term);
        db.TaxonomyTerms.Add(term);
        return term;
    }

    private Taxonomy Fallback() =>
        _allTaxonomies.FirstOrDefault(t => t.Code == FallbackTaxonomyCode)
        ?? NewTaxonomy("Weitere Begriffe (HSDS-Import)", FallbackTaxonomyCode);

    private Taxonomy NewTaxonomy(string name, string? code)
    {
        if (ByName(name) is { } known)
            return known;
        var taxonomy = new Taxonomy { Id = StableId.From("hsds-taxonomy", name), Code = code ?? UniqueTaxonomyCode(name), Name = name };
        db.Taxonomies.Add(taxonomy);
        _allTaxonomies.Add(taxonomy);
        return taxonomy;
    }

    private string UniqueTaxonomyCode(string name)
    {
        var stem = Slug(name, 44);
        var code = stem;
        for (var i = 2; _allTaxonomies.Any(t => t.Code == code); i++)
            code = $"{stem}-{i}";
        return code;
    }

    private static string UniqueTermCode(Taxonomy taxonomy, string wanted)
    {
        var stem = wanted.Length > 74 ? wanted[..74] : wanted;
        var code = stem;
        for (var i = 2; taxonomy.Terms.Any(t => t.Code == code); i++)
            code = $"{stem}-{i}";
        return code;
    }

    // ---- organizations and locations ----

    private async Task<Organization> OrganizationAsync(HsdsRecord row, CancellationToken cancellationToken)
    {
        var organization = existing.Find("organization", row.Id) is { } id
            ? await db.Organizations.SingleAsync(o => o.Id == id, cancellationToken)
            : null;
        var changes = new Changes();
        if (organization is null)
        {
            organization = new Organization { Id = Guid.Parse(row.Id!), Name = row["name"]!, HsdsId = row.Id, LastModified = now };
            db.Organizations.Add(organization);
        }
        var o = organization;
        changes.Set(o.Name, row["name"]!, v => o.Name = v);
        changes.Set(o.AlternateName, row["alternate_name"], v => o.AlternateName = v);
        changes.Set(o.Description, Description(row["description"], row["name"]), v => o.Description = v);
        changes.Set(o.Email, row["email"], v => o.Email = v);
        changes.Set(o.Website, row["website"], v => o.Website = v);
        var phone = _index.Where("phone", "organization_id", row.Id).FirstOrDefault(p => p["service_id"] is null
            && p["contact_id"] is null && p["location_id"] is null && p["service_at_location_id"] is null)?["number"];
        changes.Set(o.Phone, phone, v => o.Phone = v);
        if (changes.Any)
            o.LastModified = now;
        return organization;
    }

    private async Task<Location> LocationAsync(HsdsRecord row, CancellationToken cancellationToken)
    {
        var location = existing.Find("location", row.Id) is { } id
            ? await db.Locations.SingleAsync(l => l.Id == id, cancellationToken)
            : null;
        var address = _index.Where("address", "location_id", row.Id)
            .OrderBy(a => a["address_type"] == "physical" ? 0 : 1).FirstOrDefault();
        var name = row["name"] ?? address?["address_1"] ?? "Ort ohne Namen";
        if (location is null)
        {
            location = new Location { Id = Guid.Parse(row.Id!), Name = name, HsdsId = row.Id };
            db.Locations.Add(location);
        }
        var l = location;
        var changes = new Changes();
        changes.Set(l.Name, name, v => l.Name = v);
        changes.Set(l.Street, address?["address_1"], v => l.Street = v);
        changes.Set(l.PostalCode, address?["postal_code"], v => l.PostalCode = v);
        changes.Set(l.City, address?["city"], v => l.City = v);
        // An official municipality key (AGS) as external identifier wins over the address (Lotse's own export writes it).
        var municipality = (row["external_identifier_type"] is { } type && Same(type, "AGS") ? _matcher.ByCode(row["external_identifier"]) : null)
            ?? (address is null ? null : _matcher.Match(address["city"], address["postal_code"]));
        if (address is not null && municipality is null)
            report.Warning(address, "city", $"„{address["postal_code"]} {address["city"]}“ liegt in keiner Kommune des Kreises; der Ort wird ohne Kommune übernommen.");
        changes.Set(l.MunicipalityId, municipality?.Id, v => l.MunicipalityId = v);
        changes.Set(l.Latitude, Number(row["latitude"]), v => l.Latitude = v);
        changes.Set(l.Longitude, Number(row["longitude"]), v => l.Longitude = v);
        changes.Set(l.Transportation, row["transportation"], v => l.Transportation = v);
        var accessibility = _index.Where("accessibility", "location_id", row.Id).FirstOrDefault();
        changes.Set(l.AccessibilityDescription, accessibility?["description"], v => l.AccessibilityDescription = v);
        changes.Set(l.AccessibilityDetails, accessibility?["details"], v => l.AccessibilityDetails = v);
        changes.Set(l.OrganizationId, OrganizationId(row["organization_id"]), v => l.OrganizationId = v);
        return location;
    }

    private Guid? OrganizationId(string? hsdsId) =>
        hsdsId is null ? null : _organizations.TryGetValue(hsdsId, out var o) ? o.Id : existing.Find("organization", hsdsId);

    // ---- services ----

    private async Task OfferAsync(HsdsRecord row, CancellationToken cancellationToken)
    {
        var offer = existing.Find("service", row.Id) is { } id
            ? await db.Offers.AsSplitQuery()
                .Include(o => o.Terms).Include(o => o.Languages).Include(o => o.Locations)
                .Include(o => o.Contacts).Include(o => o.Schedules).Include(o => o.CostOptions)
                .SingleAsync(o => o.Id == id, cancellationToken)
            : null;
        var isNew = offer is null;
        var lastModified = DateTimeOffset.TryParse(row["last_modified"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var stamp)
            ? stamp.UtcDateTime : now;
        if (offer is null)
        {
            offer = new Offer { Id = Guid.Parse(row.Id!), Name = row["name"]!, Description = "", HsdsId = row.Id, CreatedAt = now, LastModified = lastModified };
            db.Offers.Add(offer);
        }
        var o = offer;
        var changes = new Changes();
        changes.Set(o.OrganizationId, OrganizationId(row["organization_id"])!.Value, v => o.OrganizationId = v);
        changes.Set(o.Name, row["name"]!, v => o.Name = v);
        changes.Set(o.AlternateName, row["alternate_name"], v => o.AlternateName = v);
        changes.Set(o.Description, row["description"] ?? "", v => o.Description = v);
        changes.Set(o.Url, row["url"], v => o.Url = v);
        changes.Set(o.Email, row["email"], v => o.Email = v);
        var serviceAtLocations = _index.Where("service_at_location", "service_id", row.Id).ToList();
        var salIds = serviceAtLocations.Select(s => s.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phone = _index.Where("phone", "service_id", row.Id).FirstOrDefault(p => p["contact_id"] is null)?["number"];
        changes.Set(o.Phone, phone, v => o.Phone = v);
        changes.Set(o.Status, Status(row, o.Status, isNew), v => o.Status = v);
        // HSDS has no "free" flag: a fees text that only says "kostenlos" (as Lotse's export writes it) means free of
        // charge; any other text says nothing about it, so an existing offer keeps what Lotse knows.
        var fees = row["fees_description"];
        var free = Same(fees, FreeOfCharge);
        changes.Set(o.IsFree, free || (!isNew && o.IsFree), v => o.IsFree = v);
        changes.Set(o.FeesDescription, free && !Same(o.FeesDescription, FreeOfCharge) ? null : fees, v => o.FeesDescription = v);
        changes.Set(o.EligibilityDescription, row["eligibility_description"], v => o.EligibilityDescription = v);
        changes.Set(o.ApplicationProcess, row["application_process"], v => o.ApplicationProcess = v);
        changes.Set(o.MinimumAge, Whole(row["minimum_age"]), v => o.MinimumAge = v);
        changes.Set(o.MaximumAge, Whole(row["maximum_age"]), v => o.MaximumAge = v);
        changes.Set(o.LastVerified, PackageValidator.ParseDate(row["assured_date"]), v => o.LastVerified = v);

        var locations = serviceAtLocations
            .Select(s => _locations.TryGetValue(s["location_id"]!, out var l) ? l : null).OfType<Location>().ToList();
        var existingLocations = new List<Location>();
        foreach (var sal in serviceAtLocations.Where(s => !_locations.ContainsKey(s["location_id"]!)))
            existingLocations.Add(await db.Locations.SingleAsync(l => l.Id == existing.Find("location", sal["location_id"])!.Value, cancellationToken));
        locations.AddRange(existingLocations);
        SyncLinks(o.Locations, locations, changes);
        changes.Set(o.MunicipalityId, Municipality(row, locations, o.MunicipalityId), v => o.MunicipalityId = v);
        SyncLinks(o.Terms, Terms(row), changes);
        SyncLinks(o.Languages, Languages(row), changes);
        SyncContacts(o, row, salIds, changes);
        SyncSchedules(o, row, salIds, changes);
        var ranges = _index.Where("schedule", "service_id", row.Id).ToList();
        changes.Set(o.StartsOn, ranges.Select(s => PackageValidator.ParseDate(s["valid_from"])).Where(d => d is not null).Min(), v => o.StartsOn = v);
        changes.Set(o.EndsOn, ranges.Select(s => PackageValidator.ParseDate(s["valid_to"])).Where(d => d is not null).Max(), v => o.EndsOn = v);
        SyncCostOptions(o, row, changes);

        if (changes.Any && !isNew)
            o.LastModified = lastModified > o.LastModified ? lastModified : now;
        if (isNew)
            await WarnAboutDuplicatesAsync(row, o, locations, cancellationToken);
    }

    private OfferStatus Status(HsdsRecord row, OfferStatus current, bool isNew)
    {
        switch (row["status"])
        {
            case "active":
                if (options.AsDraft)
                    return isNew ? OfferStatus.Draft : current;
                return OfferStatus.Published;
            case "temporarily closed":
                report.Warning(row, "status", "Lotse kennt „vorübergehend geschlossen“ nicht; das Angebot wird archiviert (nicht öffentlich).");
                return OfferStatus.Archived;
            default:
                return OfferStatus.Archived;
        }
    }

    private Guid? Municipality(HsdsRecord row, List<Location> locations, Guid? current)
    {
        foreach (var area in _index.Where("service_area", "service_id", row.Id))
        {
            if ((_matcher.MatchName(area["name"]) ?? _matcher.MatchName(area["extent"])) is { } named)
                return named.Id;
        }
        // A package that keys its places by AGS (as Lotse's own export does) states municipalities exactly, and a
        // service without a service area is county-wide; otherwise the one town all its places lie in is the best guess.
        _keyedByAgs ??= package.Rows("location").Any(l => Same(l["external_identifier_type"], "AGS"));
        if (_keyedByAgs.Value)
            return null;
        var towns = locations.Select(l => l.MunicipalityId).Distinct().ToList();
        if (towns.Count == 1)
            return towns[0];
        return locations.Count == 0 ? current : null;
    }

    private List<TaxonomyTerm> Terms(HsdsRecord row)
    {
        var terms = new List<TaxonomyTerm>();
        foreach (var attribute in _index.Where("attribute", "link_id", row.Id).Where(a => (a["link_entity"] ?? "service") == "service"))
        {
            var termId = attribute["taxonomy_term_id"]!;
            var term = _terms.GetValueOrDefault(termId)
                ?? (existing.Find("taxonomy_term", termId) is { } id ? _allTaxonomies.SelectMany(t => t.Terms).Single(t => t.Id == id) : null);
            if (term is not null && !terms.Contains(term))
                terms.Add(term);
        }
        return terms;
    }

    private List<Language> Languages(HsdsRecord row)
    {
        var result = new List<Language>();
        foreach (var language in _index.Where("language", "service_id", row.Id))
        {
            var match = FindLanguage(language["code"], language["name"]);
            if (match is null)
                report.Warning(language, "code", $"Die Sprache „{language["code"] ?? language["name"]}“ kennt Lotse nicht; sie wird nicht übernommen.");
            else if (!result.Contains(match))
                result.Add(match);
        }
        return result;
    }

    private Language? FindLanguage(string? code, string? name)
    {
        if (code is not null)
        {
            var two = code.Split('-', '_')[0];
            if (two.Length == 3)
            {
                try
                {
                    two = new CultureInfo(two).TwoLetterISOLanguageName;
                }
                catch (CultureNotFoundException)
                {
                    // not a code .NET knows; try the name below
                }
            }
            if (_languages.FirstOrDefault(l => Same(l.Code, code) || Same(l.Code, two)) is { } byCode)
                return byCode;
        }
        return name is null ? null : _languages.FirstOrDefault(l => Same(l.Name, name) || Same(l.Endonym, name) || SameEnglishName(l, name));
    }

    private static bool SameEnglishName(Language language, string name)
    {
        try
        {
            return Same(new CultureInfo(language.Code).EnglishName, name);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static void SyncLinks<T>(ICollection<T> current, IReadOnlyCollection<T> wanted, Changes changes) where T : class
    {
        foreach (var gone in current.Where(c => !wanted.Contains(c)).ToList())
        {
            current.Remove(gone);
            changes.Mark();
        }
        foreach (var added in wanted.Where(w => !current.Contains(w)))
        {
            current.Add(added);
            changes.Mark();
        }
    }

    /// <summary>The rows of <paramref name="table"/> that belong to the service or to one of its service-at-locations.</summary>
    private IEnumerable<HsdsRecord> ForServiceOrItsPlaces(string table, HsdsRecord row, HashSet<string> salIds) =>
        _index.InFileOrder(table, _index.Where(table, "service_id", row.Id)
            .Concat(salIds.SelectMany(sal => _index.Where(table, "service_at_location_id", sal, ignoreCase: true))));

    private void SyncContacts(Offer offer, HsdsRecord row, HashSet<string> salIds, Changes changes)
    {
        var wanted = ForServiceOrItsPlaces("contact", row, salIds)
            .Select(c => new Contact
            {
                Id = Guid.Parse(c.Id!),
                Name = c["name"] ?? c["title"] ?? c["department"] ?? "Kontakt",
                Title = c["title"],
                Department = c["department"],
                Email = c["email"],
                Phone = _index.Where("phone", "contact_id", c.Id).FirstOrDefault()?["number"],
                // HSDS carries no consent, but a contact in a published directory was published by its source with
                // consent (Lotse's own export leaves out everyone else); recorded as such so it stays public here.
                ConsentGivenOn = DateOnly.FromDateTime(now),
                ConsentScope = ImportedConsentScope,
            }).ToList();
        foreach (var contact in offer.Contacts.ToList())
        {
            // Matched by name and e-mail, so a recorded consent stays with its person. Contacts missing from the
            // data are kept: they are personal data, and an export (Lotse's own, too) leaves out those without consent.
            var match = wanted.FirstOrDefault(w => w.Name == contact.Name && w.Email == contact.Email);
            if (match is null)
                continue;
            wanted.Remove(match);
            changes.Set(contact.Title, match.Title, v => contact.Title = v);
            changes.Set(contact.Department, match.Department, v => contact.Department = v);
            changes.Set(contact.Phone, match.Phone, v => contact.Phone = v);
        }
        foreach (var contact in wanted)
        {
            if (db.Contacts.Local.Any(c => c.Id == contact.Id) || db.Contacts.Any(c => c.Id == contact.Id))
                contact.Id = Guid.NewGuid();
            // Added explicitly: a child found only through the collection with its id set would be taken for an existing row.
            contact.OfferId = offer.Id;
            db.Contacts.Add(contact);
            offer.Contacts.Add(contact);
            changes.Mark();
        }
    }

    private void SyncSchedules(Offer offer, HsdsRecord row, HashSet<string> salIds, Changes changes)
    {
        var wanted = new List<Schedule>();
        foreach (var schedule in ForServiceOrItsPlaces("schedule", row, salIds))
        {
            var opens = PackageValidator.ParseTime(schedule["opens_at"]);
            var closes = PackageValidator.ParseTime(schedule["closes_at"]);
            var days = (schedule["byday"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Weekday).ToList();
            // A schedule with only valid_from/valid_to carries the first and last day of a dated offer (see OfferAsync).
            if (schedule["byday"] is null && opens is null && closes is null && (schedule["valid_from"] ?? schedule["valid_to"]) is not null)
                continue;
            if (schedule["freq"] is not (null or "WEEKLY") || opens is null || closes is null || days.Count == 0 || days.Any(d => d is null))
            {
                report.Warning(schedule, null, "Lotse übernimmt nur wöchentliche Zeiten mit Wochentag (byday), Beginn (opens_at) und Ende (closes_at); diese Zeit wird nicht übernommen.");
                continue;
            }
            var note = schedule["description"] ?? schedule["notes"];
            if (note is { Length: > 500 })
                note = note[..500];
            var first = true;
            foreach (var day in days)
            {
                wanted.Add(new Schedule
                {
                    Id = first ? Guid.Parse(schedule.Id!) : StableId.From("hsds-schedule", $"{schedule.Id}:{day}"),
                    Weekday = day!.Value,
                    OpensAt = opens.Value,
                    ClosesAt = closes.Value,
                    Note = note,
                });
                first = false;
            }
        }
        static string Key(Schedule s) => $"{s.Weekday}|{s.OpensAt:HH\\:mm\\:ss}|{s.ClosesAt:HH\\:mm\\:ss}|{s.Note}";
        if (offer.Schedules.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(wanted.Select(Key).Order(StringComparer.Ordinal)))
            return;
        foreach (var old in offer.Schedules.ToList())
        {
            offer.Schedules.Remove(old);
            db.Schedules.Remove(old);
        }
        foreach (var schedule in wanted)
        {
            if (db.Schedules.Local.Any(s => s.Id == schedule.Id && db.Entry(s).State != EntityState.Deleted) || db.Schedules.Any(s => s.Id == schedule.Id))
                schedule.Id = Guid.NewGuid();
            schedule.OfferId = offer.Id;
            db.Schedules.Add(schedule);
            offer.Schedules.Add(schedule);
        }
        changes.Mark();
    }

    private void SyncCostOptions(Offer offer, HsdsRecord row, Changes changes)
    {
        var wanted = _index.Where("cost_option", "service_id", row.Id).Select(c => new CostOption
        {
            Id = Guid.Parse(c.Id!),
            Option = c["option"] ?? c["amount_description"] ?? "Kosten",
            Amount = c["amount"] is { } amount ? decimal.Parse(amount, NumberStyles.Float, CultureInfo.InvariantCulture) : null,
            Currency = (c["currency"] ?? "EUR").ToUpperInvariant(),
            AmountDescription = c["amount_description"],
        }).ToList();
        static string Key(CostOption c) => $"{c.Option}|{c.Amount?.ToString("0.############", CultureInfo.InvariantCulture)}|{c.Currency}|{c.AmountDescription}";
        if (offer.CostOptions.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(wanted.Select(Key).Order(StringComparer.Ordinal)))
            return;
        foreach (var old in offer.CostOptions.ToList())
        {
            offer.CostOptions.Remove(old);
            db.CostOptions.Remove(old);
        }
        foreach (var cost in wanted)
        {
            if (db.CostOptions.Local.Any(c => c.Id == cost.Id && db.Entry(c).State != EntityState.Deleted) || db.CostOptions.Any(c => c.Id == cost.Id))
                cost.Id = Guid.NewGuid();
            cost.OfferId = offer.Id;
            db.CostOptions.Add(cost);
            offer.CostOptions.Add(cost);
        }
        changes.Mark();
    }

    private async Task WarnAboutDuplicatesAsync(HsdsRecord row, Offer offer, List<Location> locations, CancellationToken cancellationToken)
    {
        var key = new DuplicateKey(null, offer.Name, locations.Select(l => new PostalAddress(l.Street, l.PostalCode)).ToList(), offer.MunicipalityId);
        foreach (var candidate in await DuplicateFinder.FindAsync(db, key, cancellationToken))
            report.Warning(row, "name", $"Das Angebot sieht aus wie das vorhandene Angebot „{candidate.Name}“ ({candidate.Id}); bitte prüfen, ob es doppelt ist.");
    }

    // ---- values ----

    private static DayOfWeek? Weekday(string code) => code.ToUpperInvariant() switch
    {
        "MO" => DayOfWeek.Monday,
        "TU" => DayOfWeek.Tuesday,
        "WE" => DayOfWeek.Wednesday,
        "TH" => DayOfWeek.Thursday,
        "FR" => DayOfWeek.Friday,
        "SA" => DayOfWeek.Saturday,
        "SU" => DayOfWeek.Sunday,
        _ => null,
    };

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Whole(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>HSDS requires a description where Lotse has none; one that only repeats the name is no description.</summary>
    private static string? Description(string? description, string? name) =>
        description is null || Same(description, name) ? null : description;

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    internal static string Slug(string text, int maxLength)
    {
        var folded = text.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
            slug = slug[..maxLength].TrimEnd('-');
        return slug.Length == 0 ? "begriff" : slug;
    }
}
