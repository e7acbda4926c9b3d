using Lotse.Features.Directory;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// The real actors and projects named in the county's 2013 council papers. Only what the source
/// says is recorded: no addresses, phones or e-mails are made up for them.
/// </summary>
internal static class Directory2013
{
    private const string CountyOffice = "Fachstelle Integration (Kreissozialamt -50-)";
    private const string CountySeat = "Siegburg";
    // The papers date from autumn 2013; the rows are stamped with that date, not with the seeding time.
    private static readonly DateTime SourceDate = new(2013, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<Organization> AddActors(LotseDbContext db, DemoReference reference)
    {
        var actors = new List<Organization>();
        foreach (var row in ReferenceDataSeeder.Read("akteure-2013.csv"))
        {
            var actor = new Organization
            {
                Id = StableId.From("organization", "akteur-2013:" + row["name"]),
                Name = row["name"],
                ActorType = row["typ"],
                Description = Blank(row["rolle_laut_quelle"]),
                Municipality = row["kommune"] is { Length: > 0 } town ? reference.MunicipalityByName(town) : null,
                IsExample = false,
                LastModified = SourceDate,
            };
            db.Organizations.Add(actor);
            actors.Add(actor);
        }
        return actors;
    }

    public static void AddProjects(LotseDbContext db, DemoReference reference, IReadOnlyList<Organization> actors)
    {
        var countyOffice = actors.Single(a => a.Name == CountyOffice);
        var audiences = ReferenceDataSeeder.Read(Path.Combine("Demo", "projekte-2013-zielgruppen.csv"))
            .ToDictionary(r => r["name"], r => r["zielgruppen"].Split(';', StringSplitOptions.RemoveEmptyEntries));

        foreach (var row in ReferenceDataSeeder.Read("projekte-2013.csv"))
        {
            var name = row["name"];
            var partner = row["partner"];
            var organization = MatchPartner(partner, actors) ?? countyOffice;
            var municipality = reference.NamedIn($"{partner} {name} {row["beschreibung"]}")
                ?? reference.MunicipalityByName(CountySeat);

            var offer = new Offer
            {
                Id = StableId.From("offer", "projekt-2013:" + name),
                Name = name,
                Description = Describe(row["beschreibung"], partner),
                Organization = organization,
                Municipality = municipality,
                Status = OfferStatus.Published,
                IsExample = false,
                LastVerified = null,
                CreatedAt = SourceDate,
                LastModified = SourceDate,
            };
            offer.Terms.Add(reference.Term(TaxonomyCodes.OfferType, "projekt"));
            offer.Terms.Add(reference.Term(TaxonomyCodes.Topic, row["thema"]));
            var projectAudiences = audiences.TryGetValue(name, out var codes) ? codes : ["zugewanderte"];
            foreach (var code in projectAudiences)
                offer.Terms.Add(reference.Term(TaxonomyCodes.Audience, code));
            offer.Languages.Add(reference.Language("de"));
            db.Offers.Add(offer);
        }
    }

    /// <summary>The first partner named in the row that is one of the actors, e.g. "Diakonie" → "Diakonie (Diakonisches Werk)".</summary>
    private static Organization? MatchPartner(string partner, IReadOnlyList<Organization> actors) =>
        partner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length >= 4)
            .Select(p => actors.FirstOrDefault(a => a.Name.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(a => a is not null);

    private static string Describe(string description, string partner)
    {
        var origin = partner.Length == 0
            ? "Projekt der Fachstelle Integration des Rhein-Sieg-Kreises aus dem Jahr 2013."
            : $"Projekt der Fachstelle Integration des Rhein-Sieg-Kreises aus dem Jahr 2013, zusammen mit: {partner}.";
        if (description.Length == 0)
            return origin;
        var sentence = char.ToUpperInvariant(description[0]) + description[1..];
        return $"{sentence.TrimEnd('.')}.\n\n{origin}";
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
