using Lotse.Features.Directory;
using Lotse.Features.Editorial.Translations;

namespace Lotse.Data.Seed.Demo;

/// <summary>
/// A few translations of example offers (Demo/beispiel-uebersetzungen.csv), so the demo shows every status:
/// current, machine-translated and outdated ("veraltet": made before the German description got its last paragraph).
/// </summary>
internal static class ExampleTranslations
{
    private static readonly DateTime TranslatedAt = DemoReference.ReferenceDate.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);

    /// <summary>Adds the rows whose offer the builder has just added (tracked, not yet saved).</summary>
    public static void Add(LotseDbContext db)
    {
        foreach (var row in ReferenceDataSeeder.Read(Path.Combine("Demo", "beispiel-uebersetzungen.csv")))
        {
            var offerId = StableId.From("offer", row["angebot"]);
            if (db.Offers.Local.FirstOrDefault(o => o.Id == offerId) is not { } offer)
                throw new InvalidOperationException($"beispiel-uebersetzungen.csv: no example offer {row["angebot"]}");
            var source = OfferTexts.Of(offer);
            if (row["stand"] == "veraltet")
                source = source with { Description = WithoutLastParagraph(source.Description) };
            db.OfferTranslations.Add(new OfferTranslation
            {
                Id = StableId.From("offer-translation", $"{row["angebot"]}:{row["sprache"]}"),
                OfferId = offer.Id,
                Culture = row["sprache"],
                Name = row["name"],
                Description = row["beschreibung"],
                FeesDescription = Blank(row["kosten"]),
                EligibilityDescription = Blank(row["teilnahme"]),
                ApplicationProcess = Blank(row["anmeldung"]),
                SourceHash = source.SourceHash(),
                IsMachineTranslated = row["maschinell"] == "ja",
                TranslatedBy = "Beispieldaten",
                UpdatedAt = TranslatedAt,
            });
        }
    }

    private static string WithoutLastParagraph(string text)
    {
        var cut = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        return cut < 0 ? text : text[..cut];
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
