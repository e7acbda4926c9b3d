using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Data.Seed;

/// <summary>
/// Seeds municipalities, the three vocabularies, the languages and the 2013 survey questionnaire from the CSV files in
/// <c>Data/Seed</c> (copied from the workplace's reference folder) into an empty database.
/// </summary>
public sealed class ReferenceDataSeeder(LotseDbContext db)
{
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "Seed");

    /// <summary>Returns true when the database was empty and has now been seeded.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await NrwStatusSeed.SeedAsync(db, cancellationToken);
        if (await db.Municipalities.AnyAsync(cancellationToken))
            return false;

        foreach (var row in Read("kommunen-rhein-sieg.csv"))
        {
            db.Municipalities.Add(new Municipality
            {
                Id = StableId.From("municipality", row["ags"]),
                Code = row["ags"],
                Name = row["name"],
                Kind = Blank(row["art"]),
                Latitude = double.Parse(row["lat"], CultureInfo.InvariantCulture),
                Longitude = double.Parse(row["lon"], CultureInfo.InvariantCulture),
                Population = int.TryParse(row["einwohner"], out var population) ? population : null,
            });
        }

        AddTaxonomy(TaxonomyCodes.Topic, "Thema", "Worum es im Angebot geht", "taxonomie-thema.csv");
        AddTaxonomy(TaxonomyCodes.OfferType, "Art des Angebotes", "Welche Form das Angebot hat", "taxonomie-angebotsart.csv");
        AddTaxonomy(TaxonomyCodes.Audience, "Zielgruppe", "Für wen das Angebot gedacht ist", "taxonomie-zielgruppe.csv");

        var order = 0;
        foreach (var row in Read("sprachen.csv"))
        {
            db.Languages.Add(new Language
            {
                Id = StableId.From("language", row["code"]),
                Code = row["code"],
                Name = row["bezeichnung"],
                Endonym = Blank(row["eigenbezeichnung"]),
                IsRightToLeft = row["schreibrichtung"] == "rtl",
                SortOrder = order++,
            });
        }

        Features.Finance.Costs.CostReferenceData.Add(db, DateTime.UtcNow);
        db.SurveyTemplates.Add(Questionnaire2013.Build(DateTime.UtcNow));

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void AddTaxonomy(string code, string name, string description, string file)
    {
        var taxonomy = new Taxonomy { Id = StableId.From("taxonomy", code), Code = code, Name = name, Description = description };
        var order = 0;
        foreach (var row in Read(file))
        {
            taxonomy.Terms.Add(new TaxonomyTerm
            {
                Id = StableId.From($"term:{code}", row["code"]),
                Code = row["code"],
                Label = row["bezeichnung"],
                Description = Blank(row["beschreibung"]),
                SortOrder = order++,
            });
        }
        db.Taxonomies.Add(taxonomy);
    }

    internal static IEnumerable<IReadOnlyDictionary<string, string>> Read(string file)
    {
        using var reader = new StreamReader(Path.Combine(SeedDirectory, file));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in header)
                row[column] = csv.GetField(column)?.Trim() ?? "";
            yield return row;
        }
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
