using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Search;

/// <summary>
/// An app without demo data holding a small, known set of offers, shared read-only by the
/// query tests of one class.
/// </summary>
public sealed class SearchCorpusFixture : IAsyncLifetime
{
    public LotseAppFactory Factory { get; } = new(demoData: false);

    public Guid LanguageCourse { get; private set; }
    public Guid MigrationCounselling { get; private set; }
    public Guid ParentsCafe { get; private set; }
    public Guid JobCoaching { get; private set; }
    public Guid HomeworkHelp { get; private set; }
    public Guid MedicalConsultation { get; private set; }
    public Guid Draft { get; private set; }

    public int PublishedCount => 6;

    public async Task InitializeAsync()
    {
        await Factory.WithDbAsync(async db =>
        {
            var caritas = await db.AddOrganizationAsync("Caritasverband Rhein-Sieg", SearchTestData.Siegburg);
            var vhs = await db.AddOrganizationAsync("Volkshochschule Troisdorf", SearchTestData.Troisdorf);
            var familien = await db.AddOrganizationAsync("Familienzentrum Regenbogen");

            LanguageCourse = (await db.AddOfferAsync(vhs, "Sprachkurs für Anfängerinnen",
                "Ein **Sprachkurs** für Frauen mit Kinderbetreuung. Treffpunkt: Kölner Straße 12. <script>alert(1)</script>",
                ["type:sprachkurs", "topic:sprache", "audience:frauen"], ["de", "ar"], SearchTestData.Troisdorf,
                new DateOnly(2026, 3, 1), isExample: true)).Id;
            MigrationCounselling = (await db.AddOfferAsync(caritas, "Migrationsberatung für Erwachsene",
                "Wir informieren zu Aufenthalt, Arbeit und Wohnen. Termine nach Vereinbarung.",
                ["type:beratung", "topic:soziales", "topic:aufenthalt", "audience:zugewanderte"], ["de", "tr", "ru"], SearchTestData.Siegburg,
                new DateOnly(2026, 5, 20))).Id;
            ParentsCafe = (await db.AddOfferAsync(familien, "Elterncafé International",
                "Offener Treff für Mütter und Väter mit kleinen Kindern, jeden Mittwoch.",
                ["type:treffpunkt", "topic:familie", "audience:eltern"], ["de", "ar", "fa"], SearchTestData.SanktAugustin)).Id;
            JobCoaching = (await db.AddOfferAsync(caritas, "Jobcoaching",
                "Unterstützung bei Bewerbung und Arbeitssuche für Menschen mit Fluchterfahrung.",
                ["type:beratung", "topic:arbeit", "audience:gefluechtete"], ["de", "en", "ar"], SearchTestData.Troisdorf,
                new DateOnly(2025, 1, 10))).Id;
            HomeworkHelp = (await db.AddOfferAsync(vhs, "Hausaufgabenbetreuung",
                "Lernen nach der Schule, kreisweit an vielen Orten.",
                ["type:projekt", "topic:bildung", "audience:kinder"], ["de"], municipality: null)).Id;
            MedicalConsultation = (await db.AddOfferAsync(familien, "Ärztliche Sprechstunde",
                "Medizinische Erstberatung für Familien ohne Krankenversicherung in Windeck.",
                ["type:beratung", "topic:gesundheit", "audience:eltern"], ["de", "ar"], SearchTestData.Windeck,
                new DateOnly(2026, 5, 20))).Id;
            Draft = (await db.AddOfferAsync(vhs, "Entwurf: Sprachkurs am Abend", "Noch nicht veröffentlicht.",
                ["type:sprachkurs"], ["de"], SearchTestData.Troisdorf, status: OfferStatus.Draft)).Id;
            await db.SaveChangesAsync();
        });
        await Factory.WaitForIndexAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
