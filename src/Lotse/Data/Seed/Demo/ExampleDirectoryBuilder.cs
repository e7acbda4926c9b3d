using System.Globalization;
using Lotse.Features.Directory;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// Builds the fictional example offers, their providers and places from the templates, town by
/// town. A fixed random seed and the fixed <see cref="DemoReference.ReferenceDate"/> make every
/// run produce the same rows with the same ids.
/// </summary>
internal sealed class ExampleDirectoryBuilder(LotseDbContext db, DemoReference reference)
{
    private const int Seed = 2013;
    private static readonly DayOfWeek[] Workdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly OfferStatus[] NotPublished = [OfferStatus.Draft, OfferStatus.InReview, OfferStatus.Archived];

    private readonly Random _random = new(Seed);
    private readonly DramaNumbers _phones = new();
    private readonly Dictionary<string, Organization> _providers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Location> _places = new(StringComparer.Ordinal);
    private int _offerCount;

    private sealed record Town(Municipality Municipality, int Index, string PostalCode, string[] Districts, int OfferCount)
    {
        public string Name => DemoReference.ShortName(Municipality);
    }

    public void Add()
    {
        var rotating = ExampleOfferTemplates.Rotating;
        var next = 0;
        foreach (var town in Towns())
        {
            AddOffer(town, ExampleOfferTemplates.IntegrationContact);
            // Round robin over the templates: each is used about equally often, never twice in one town.
            for (var i = 1; i < Math.Min(town.OfferCount, rotating.Count + 1); i++)
                AddOffer(town, rotating[next++ % rotating.Count]);
        }
    }

    private IEnumerable<Town> Towns() =>
        ReferenceDataSeeder.Read(Path.Combine("Demo", "beispiel-kommunen.csv"))
            .OrderBy(r => r["ags"], StringComparer.Ordinal)
            .Select((r, index) => new Town(
                reference.MunicipalityByCode(r["ags"]),
                index,
                r["plz"],
                r["ortsteile"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                int.Parse(r["beispielangebote"], CultureInfo.InvariantCulture)))
            .ToList();

    private void AddOffer(Town town, ExampleOfferTemplate template)
    {
        var key = $"beispiel:{town.Municipality.Code}:{template.Key}";
        var district = Pick(town.Districts);
        var provider = Provider(town, template.Provider, district);
        string Fill(string text) => text
            .Replace("{ort}", town.Name, StringComparison.Ordinal)
            .Replace("{stadtteil}", district, StringComparison.Ordinal)
            .Replace("{traeger}", provider.Name, StringComparison.Ordinal);

        var lastVerified = DemoReference.ReferenceDate.AddDays(-(_random.NextDouble() < 0.7 ? _random.Next(0, 365) : _random.Next(366, 730)));
        var createdOn = lastVerified.AddDays(-_random.Next(0, 400));
        var languages = Languages(template);
        var domain = Domain(provider);
        var offer = new Offer
        {
            Id = StableId.From("offer", key),
            Name = Fill(template.Name),
            Description = Describe(template, languages, Fill),
            Organization = provider,
            Municipality = town.Municipality,
            Status = StatusOf(_offerCount++),
            EligibilityDescription = template.Eligibility is null ? null : Fill(template.Eligibility),
            ApplicationProcess = template.Application is null ? null : Fill(template.Application),
            MinimumAge = template.MinimumAge,
            MaximumAge = template.MaximumAge,
            Url = $"https://www.{domain}/{template.Key}",
            Email = $"{template.Mailbox}@{domain}",
            Phone = provider.Phone,
            LastVerified = lastVerified,
            CreatedAt = createdOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            LastModified = lastVerified.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            IsExample = true,
        };
        offer.Terms.Add(reference.Term(TaxonomyCodes.OfferType, template.Type));
        foreach (var topic in template.Topics)
            offer.Terms.Add(reference.Term(TaxonomyCodes.Topic, topic));
        foreach (var audience in template.Audiences)
            offer.Terms.Add(reference.Term(TaxonomyCodes.Audience, audience));
        foreach (var language in languages)
            offer.Languages.Add(language);
        offer.Locations.Add(template.Venue is null
            ? provider.Locations.First()
            : Place(town, Fill(template.Venue), null, template.VenueOutdoors));

        SetDates(offer, template.Dates);
        SetCosts(offer, key, template.Cost);
        AddSchedules(offer, key, template.Schedule);
        AddContacts(offer, key, template.ContactRole, domain, lastVerified);
        db.Offers.Add(offer);
    }

    private OfferStatus StatusOf(int index) =>
        index % 10 == 9 ? NotPublished[index / 10 % NotPublished.Length] : OfferStatus.Published;

    private List<Language> Languages(ExampleOfferTemplate template)
    {
        var result = new List<Language> { reference.Language("de") };
        var pool = template.LanguagePool.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pool.Length == 0 || template.MaxExtraLanguages == 0)
            return result;
        // Most offers are German plus one or two others; about a quarter of the optional ones are German only.
        var count = template.MinExtraLanguages == 0 && _random.NextDouble() < 0.25
            ? 0
            : _random.Next(Math.Max(1, template.MinExtraLanguages), Math.Min(template.MaxExtraLanguages, pool.Length) + 1);
        result.AddRange(Shuffled(pool).Take(count).Select(reference.Language));
        return result;
    }

    private string Describe(ExampleOfferTemplate template, List<Language> languages, Func<string, string> fill)
    {
        var parts = new List<string> { fill(template.Description.Trim()) };
        var others = languages.Where(l => l.Code != "de").Select(l => l.Name).ToList();
        if (others.Count > 0)
        {
            var list = others.Count == 1 ? others[0] : $"{string.Join(", ", others[..^1])} und {others[^1]}";
            parts.Add(template.Type switch
            {
                "beratung" or "ansprechpartner" => $"Beraten wird auf Deutsch und auf {list}.",
                "sprachkurs" or "integrationskurs" => $"Unterrichtet wird auf Deutsch; bei Fragen hilft das Team auch auf {list}.",
                _ => $"Im Team sprechen wir außer Deutsch auch {list}.",
            });
        }
        if (!template.Description.Contains("\n- ", StringComparison.Ordinal) && _random.NextDouble() < 0.4)
        {
            var hints = Shuffled(HintsFor(template.Type)).Take(3).Select(h => "- " + fill(h));
            parts.Add("**Gut zu wissen:**\n" + string.Join('\n', hints));
        }
        return string.Join("\n\n", parts);
    }

    private static string[] HintsFor(string type) => type switch
    {
        "beratung" or "ansprechpartner" =>
        [
            "Die Beratung ist vertraulich und kostenlos.",
            "Auf Wunsch ist eine Sprachmittlerin oder ein Sprachmittler dabei.",
            "Bringen Sie bitte Ihre Unterlagen mit, zum Beispiel Ausweis, Aufenthaltstitel und Briefe von Ämtern.",
            "Termine sind auch telefonisch oder per Video möglich.",
            "Kinder dürfen mitgebracht werden.",
        ],
        "sprachkurs" or "integrationskurs" =>
        [
            "Vor Kursbeginn gibt es einen kurzen Einstufungstest.",
            "Am Ende erhalten Sie eine Teilnahmebescheinigung.",
            "Die Gruppen haben höchstens 16 Teilnehmende.",
            "Wer einen Termin verpasst, bekommt die Unterlagen per E-Mail.",
            "Ein Einstieg in laufende Kurse ist nach Absprache möglich.",
        ],
        "treffpunkt" =>
        [
            "Einfach vorbeikommen, eine Anmeldung ist nicht nötig.",
            "Tee und Kaffee gibt es kostenlos.",
            "Kinder sind willkommen.",
            "In den Sommerferien macht der Treff zwei Wochen Pause.",
        ],
        _ =>
        [
            "Neue Ehrenamtliche sind jederzeit willkommen.",
            "Die Termine stehen auch im Veranstaltungskalender von {ort}.",
            "Fragen beantworten wir gern vorab per E-Mail.",
            "Fotos machen wir nur mit Ihrer Zustimmung.",
        ],
    };

    private void SetDates(Offer offer, DateKind kind)
    {
        var reference = DemoReference.ReferenceDate;
        switch (kind)
        {
            case DateKind.Course:
                var start = NextMonday(reference.AddDays(_random.Next(-150, 120)));
                offer.StartsOn = start;
                offer.EndsOn = start.AddDays(7 * _random.Next(12, 30) + 3);
                break;
            case DateKind.Series:
                offer.StartsOn = reference.AddDays(_random.Next(-60, 120));
                offer.EndsOn = offer.StartsOn.Value.AddDays(7 * _random.Next(3, 9));
                break;
            case DateKind.SingleDay:
                offer.StartsOn = reference.AddDays(_random.Next(-90, 150));
                offer.EndsOn = offer.StartsOn;
                break;
        }
    }

    private static DateOnly NextMonday(DateOnly day) => day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);

    private void SetCosts(Offer offer, string key, CostKind kind)
    {
        CostOption Option(string option, decimal? amount, string? description) => new()
        {
            Id = StableId.From("cost-option", $"{key}:{option}"),
            Option = option,
            Amount = amount,
            AmountDescription = description,
        };

        switch (kind)
        {
            case CostKind.Free:
                offer.IsFree = true;
                offer.FeesDescription = Pick(["kostenlos", "Die Teilnahme ist kostenlos.", "kostenlos und unverbindlich"]);
                break;
            case CostKind.FeePerLesson:
                offer.FeesDescription = "Kursgebühr 1,95 € je Unterrichtsstunde, dazu das Lehrbuch. Wer Bürgergeld oder Leistungen nach dem Asylbewerberleistungsgesetz bezieht, kann eine Ermäßigung beantragen.";
                offer.CostOptions.Add(Option("Kursgebühr je Unterrichtsstunde", 1.95m, "Ermäßigung bei geringem Einkommen auf Antrag"));
                offer.CostOptions.Add(Option("Lehrbuch", 24.90m, "einmalig; gebrauchte Bücher können ausgeliehen werden"));
                break;
            case CostKind.IntegrationCourse:
                offer.FeesDescription = "Für Teilnahmeberechtigte trägt das Bundesamt für Migration und Flüchtlinge den größten Teil der Kosten. Der eigene Kostenbeitrag je Unterrichtsstunde entfällt auf Antrag, zum Beispiel beim Bezug von Bürgergeld.";
                offer.CostOptions.Add(Option("Kostenbeitrag je Unterrichtsstunde", null, "nach den Vorgaben des Bundesamtes; Befreiung auf Antrag möglich"));
                break;
            case CostKind.SmallContribution:
                var perMeeting = Pick([1.00m, 2.00m, 3.00m]);
                offer.FeesDescription = $"{perMeeting.ToString("0", CultureInfo.GetCultureInfo("de-DE"))} € je Treffen für Material und Getränke; niemand wird wegen des Geldes weggeschickt.";
                offer.CostOptions.Add(Option("Beitrag je Treffen", perMeeting, "Material und Getränke"));
                break;
            case CostKind.CourseFee:
                var fee = Pick([25.00m, 35.00m, 45.00m, 60.00m, 80.00m]);
                offer.FeesDescription = $"Teilnahmegebühr {fee.ToString("0", CultureInfo.GetCultureInfo("de-DE"))} €, ermäßigt die Hälfte. Ehrenamtlich Engagierte aus dem Kreis nehmen kostenlos teil.";
                offer.CostOptions.Add(Option("Teilnahmegebühr", fee, null));
                offer.CostOptions.Add(Option("Teilnahmegebühr ermäßigt", fee / 2, "für Schülerinnen, Studierende und Menschen mit geringem Einkommen"));
                break;
        }
    }

    private void AddSchedules(Offer offer, string key, ScheduleKind kind)
    {
        void Add(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute, string? note = null) =>
            offer.Schedules.Add(new Schedule
            {
                Id = StableId.From("schedule", $"{key}:{offer.Schedules.Count}"),
                Weekday = day,
                OpensAt = new TimeOnly(fromHour, fromMinute),
                ClosesAt = new TimeOnly(toHour, toMinute),
                Note = note,
            });

        switch (kind)
        {
            case ScheduleKind.OfficeHours:
                var days = Shuffled(Workdays).Take(2).OrderBy(d => d).ToArray();
                Add(days[0], 9, 0, 12, 0, "offene Sprechstunde ohne Termin");
                Add(days[1], 14, 0, 16, 30, "nur nach Terminvereinbarung");
                break;
            case ScheduleKind.WeeklyMorning:
                Add(Pick(Workdays), 9, 30, 11, 30);
                break;
            case ScheduleKind.WeeklyAfternoon:
                Add(Pick(Workdays), Pick([15, 16]), 0, 17, 30);
                break;
            case ScheduleKind.WeeklyEvening:
                Add(Pick(Workdays), 18, Pick([0, 30]), 20, 30);
                break;
            case ScheduleKind.CourseMornings:
                foreach (var day in Workdays[..4])
                    Add(day, 8, 30, 11, 45, "in den Schulferien kein Unterricht");
                break;
            case ScheduleKind.CourseEvenings:
                Add(DayOfWeek.Tuesday, 18, 0, 20, 15);
                Add(DayOfWeek.Thursday, 18, 0, 20, 15);
                break;
            case ScheduleKind.SchoolAfternoons:
                foreach (var day in Workdays[..4])
                    Add(day, 13, 30, 15, 30, "nur in der Schulzeit");
                break;
            case ScheduleKind.Saturday:
                var morning = _random.Next(2) == 0;
                Add(DayOfWeek.Saturday, morning ? 10 : 14, 0, morning ? 13 : 17, 0);
                break;
        }
    }

    private void AddContacts(Offer offer, string key, string role, string domain, DateOnly lastVerified)
    {
        var roll = _random.NextDouble();
        if (roll < 0.08)
            return; // some entries name no person at all
        var withConsent = roll >= 0.13;
        var count = withConsent && _random.NextDouble() < 0.2 ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var first = Pick(FictionalDetails.FirstNames);
            var last = Pick(FictionalDetails.LastNames);
            offer.Contacts.Add(new Contact
            {
                Id = StableId.From("contact", $"{key}:{i}"),
                Name = $"{first} {last}",
                Title = role,
                Email = $"{FictionalDetails.Slug(first)}.{FictionalDetails.Slug(last)}@{domain}",
                Phone = _phones.Next(),
                // A contact without recorded consent stays in the back office and is never published.
                ConsentGivenOn = withConsent ? lastVerified.AddDays(-_random.Next(0, 120)) : null,
                ConsentScope = withConsent ? "Name, Funktion, Telefonnummer und E-Mail-Adresse dürfen im Integrationsportal veröffentlicht werden." : null,
            });
        }
    }

    private Organization Provider(Town town, ProviderKind kind, string district)
    {
        var key = $"{town.Municipality.Code}:{kind}";
        if (_providers.TryGetValue(key, out var existing))
            return existing;
        var style = ExampleProviders.For(kind);
        string Fill(string text) => text.Replace("{ort}", town.Name, StringComparison.Ordinal).Replace("{stadtteil}", district, StringComparison.Ordinal);

        var name = Fill(style.Names[(town.Index + (int)kind) % style.Names.Length]);
        var organization = new Organization
        {
            Id = StableId.From("organization", "beispiel:" + key),
            Name = name,
            Description = Fill(style.Description),
            ActorType = style.ActorType,
            Municipality = town.Municipality,
            Phone = _phones.Next(),
            IsExample = true,
            LastModified = DemoReference.ReferenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        var domain = Domain(organization);
        organization.Email = $"info@{domain}";
        organization.Website = $"https://www.{domain}";
        Place(town, Fill(style.Place), organization);
        db.Organizations.Add(organization);
        _providers[key] = organization;
        return organization;
    }

    private Location Place(Town town, string name, Organization? organization, bool outdoors = false)
    {
        var key = $"{town.Municipality.Code}:{name}";
        if (_places.TryGetValue(key, out var existing))
            return existing;
        // Index 5 is "not accessible": rarer than the others, but present in the demo.
        var accessibility = outdoors
            ? Pick(FictionalDetails.OutdoorAccessibility)
            : FictionalDetails.Accessibility[_random.NextDouble() < 0.12 ? 5 : Pick([0, 1, 2, 3, 4, 6])];
        var location = new Location
        {
            Id = StableId.From("location", "beispiel:" + key),
            Name = name,
            Organization = organization,
            Street = $"{Pick(FictionalDetails.Streets)} {_random.Next(1, 80)}",
            PostalCode = town.PostalCode,
            City = town.Municipality.Name,
            Municipality = town.Municipality,
            Latitude = Math.Round(town.Municipality.Latitude + (_random.NextDouble() - 0.5) * 0.02, 5),
            Longitude = Math.Round(town.Municipality.Longitude + (_random.NextDouble() - 0.5) * 0.03, 5),
            Transportation = Pick(FictionalDetails.Transportation),
            AccessibilityDescription = accessibility.Description,
            AccessibilityDetails = accessibility.Details,
            IsExample = true,
        };
        organization?.Locations.Add(location);
        db.Locations.Add(location);
        _places[key] = location;
        return location;
    }

    /// <summary>The provider's made-up host under the reserved top-level domain .example (RFC 2606).</summary>
    private static string Domain(Organization provider) =>
        FictionalDetails.Slug(provider.Name.Replace(" e. V.", "", StringComparison.Ordinal).Replace(" gGmbH", "", StringComparison.Ordinal)) + ".example";

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }
}
