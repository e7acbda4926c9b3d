using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.OpenData.HsdsImport;

/// <summary>A valid third-party package is mapped onto the directory, audited, idempotent and all-or-nothing.</summary>
public sealed class HsdsImportApplyTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private async Task<string> ImportedAsync(params string[] args)
    {
        var (exitCode, output, error) = await _factory.ImportAsync(["hsds", .. args]);
        Assert.True(exitCode == 0, output + error);
        return output;
    }

    [Fact]
    public async Task A_valid_package_creates_offers_organizations_places_terms_and_languages()
    {
        var output = await ImportedAsync(HsdsImportTestData.Musterstadt);

        Assert.Contains("Angebote: 5 neu, 0 geändert, 0 entfernt", output, StringComparison.Ordinal);
        Assert.Contains("Der Import ist gespeichert.", output, StringComparison.Ordinal);
        Assert.Contains("addresses.csv, Zeile 5, Feld city: „53113 Bonn“ liegt in keiner Kommune des Kreises", output, StringComparison.Ordinal);
        await _factory.WithDbAsync(async db =>
        {
            var offers = await db.Offers.Include(o => o.Terms).ThenInclude(t => t.Taxonomy).Include(o => o.Languages)
                .Include(o => o.Locations).ThenInclude(l => l.Municipality).Include(o => o.Schedules).Include(o => o.Contacts)
                .Include(o => o.CostOptions).Include(o => o.Organization).Include(o => o.Municipality)
                .ToListAsync();
            Assert.Equal(5, offers.Count);
            Assert.Equal(2, await db.Organizations.CountAsync());
            Assert.Equal(4, offers.Count(o => o.Status == OfferStatus.Published));
            Assert.Equal(OfferStatus.Archived, offers.Single(o => o.Name == "Familienpatenschaft Brücke").Status);

            var cafe = offers.Single(o => o.Name == "Musterstädter Sprachcafé");
            Assert.Equal("3b65512d-f854-5cec-b4c7-4e18c487b959", cafe.HsdsId);
            Assert.Equal(Guid.Parse("3b65512d-f854-5cec-b4c7-4e18c487b959"), cafe.Id);
            Assert.Equal("Musterverein Brücke e. V.", cafe.Organization.Name);
            Assert.Equal(["audience:frauen", "topic:sprache", "type:treffpunkt"], cafe.Terms.Select(t => $"{t.Taxonomy.Code}:{t.Code}").Order());
            Assert.Equal(["ar", "tr"], cafe.Languages.Select(l => l.Code).Order());
            Assert.Equal("Siegburg", cafe.Municipality?.Name);
            Assert.Equal("02241 555123", cafe.Phone);
            Assert.Equal(new DateOnly(2026, 9, 1), cafe.LastVerified);
            Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], cafe.Schedules.Select(s => s.Weekday).Order());
            Assert.All(cafe.Schedules, s => Assert.Equal((new TimeOnly(15, 0), new TimeOnly(17, 0), "Ohne Anmeldung"), (s.OpensAt, s.ClosesAt, s.Note)));

            var counselling = offers.Single(o => o.Name == "Frauenberatung Musterstadt");
            Assert.Equal("Troisdorf", counselling.Municipality?.Name);
            var contact = Assert.Single(counselling.Contacts);
            Assert.Equal(("Aylin Muster", "02241 900111"), (contact.Name, contact.Phone));
            // Published by its source, so published here, with the origin of that consent on record.
            Assert.NotNull(contact.ConsentGivenOn);
            Assert.Contains("HSDS-Datenpaket", contact.ConsentScope);

            var neighbours = offers.Single(o => o.Name == "Nachbarschaftstreff Musterviertel");
            Assert.Equal("Troisdorf", Assert.Single(neighbours.Locations).Municipality?.Name);
            Assert.Contains(neighbours.Terms, t => t.Taxonomy.Code == TaxonomyCodes.Topic && t.Label == "Nachbarschaft" && t.Code == "ms-nachbar");
            Assert.Contains(neighbours.Terms, t => t.Taxonomy.Name == "Musterstadt Kategorien" && t.Label == "Stadtteilarbeit");

            var literacy = offers.Single(o => o.Name == "Alphabetisierungskurs Musterstadt");
            Assert.Null(literacy.MunicipalityId);
            Assert.Equal(16, literacy.MinimumAge);
            var cost = Assert.Single(literacy.CostOptions);
            Assert.Equal(("Kursgebühr", 25m, "EUR", "je Kursmodul"), (cost.Option, cost.Amount, cost.Currency, cost.AmountDescription));
            Assert.Null((await db.Locations.SingleAsync(l => l.Name == "Außenstelle Bonn")).MunicipalityId);
            var hall = await db.Locations.SingleAsync(l => l.Name == "Bürgerhaus Musterstadt");
            Assert.Equal(("Kölner Straße 10", "53840", "Troisdorf", "Stufenloser Zugang, Aufzug"), (hall.Street, hall.PostalCode, hall.City, hall.AccessibilityDescription));

            var audit = await db.AuditEntries.Where(a => a.EntityId == cafe.Id).ToListAsync();
            Assert.NotEmpty(audit);
            Assert.All(audit, a => Assert.Equal((ActorSources.Import, "HSDS-Import hsds-musterstadt"), (a.Source, a.ActorName)));
            var version = Assert.Single(await db.OfferVersions.Where(v => v.OfferId == cafe.Id).ToListAsync());
            Assert.Equal(ActorSources.Import, version.Source);
        });
    }

    [Fact]
    public async Task Importing_the_same_package_again_changes_nothing()
    {
        await ImportedAsync(HsdsImportTestData.Musterstadt);
        var before = await _factory.CountRowsAsync();

        var output = await ImportedAsync(HsdsImportTestData.Musterstadt);

        Assert.Contains("Die Daten stimmen schon mit Lotse überein; es wurde nichts geändert.", output, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.CountRowsAsync());
    }

    [Fact]
    public async Task A_changed_service_updates_the_offer_with_the_same_id()
    {
        await ImportedAsync(HsdsImportTestData.Musterstadt);
        var copy = HsdsImportTestData.CopyOf(HsdsImportTestData.Musterstadt);
        var path = Path.Combine(copy, "services.csv");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Musterstädter Sprachcafé", "Sprachcafé am Markt", StringComparison.Ordinal));
        var costs = Path.Combine(copy, "cost_options.csv");
        await File.WriteAllTextAsync(costs, (await File.ReadAllTextAsync(costs)).Replace(",25,", ",30,", StringComparison.Ordinal));
        var schedules = Path.Combine(copy, "schedules.csv");
        await File.WriteAllTextAsync(schedules, (await File.ReadAllTextAsync(schedules)).Replace("TU,TH", "WE", StringComparison.Ordinal));

        var output = await ImportedAsync(copy);

        Assert.Contains("Angebote: 0 neu, 2 geändert, 0 entfernt", output, StringComparison.Ordinal);
        Assert.Contains("Kosten: 1 neu, 0 geändert, 1 entfernt", output, StringComparison.Ordinal);
        Assert.Contains("Öffnungszeiten: 1 neu, 0 geändert, 2 entfernt", output, StringComparison.Ordinal);
        await _factory.WithDbAsync(async db =>
        {
            var offer = await db.Offers.SingleAsync(o => o.Id == Guid.Parse("3b65512d-f854-5cec-b4c7-4e18c487b959"));
            Assert.Equal("Sprachcafé am Markt", offer.Name);
            Assert.Equal(5, await db.Offers.CountAsync());
            Assert.Equal(2, await db.OfferVersions.CountAsync(v => v.OfferId == offer.Id));
            Assert.Equal(DayOfWeek.Wednesday, (await db.Schedules.SingleAsync(s => s.OfferId == offer.Id)).Weekday);
            Assert.Equal(30m, (await db.CostOptions.SingleAsync()).Amount);
        });
    }

    [Fact]
    public async Task A_failure_while_saving_rolls_everything_back()
    {
        // A real constraint of the database fails in the middle of the import.
        await _factory.ExecuteSqlAsync("""
            CREATE TRIGGER refuse_sieglar BEFORE INSERT ON "Locations"
            WHEN NEW."Name" = 'Gemeindezentrum Sieglar'
            BEGIN SELECT RAISE(ABORT, 'Ort abgelehnt'); END;
            """);
        var before = await _factory.CountRowsAsync();

        var (exitCode, _, error) = await _factory.ImportAsync("hsds", HsdsImportTestData.Musterstadt);

        Assert.Equal(1, exitCode);
        Assert.Contains("Beim Speichern ist ein Fehler aufgetreten; es wurde nichts geändert.", error, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.CountRowsAsync());
        await _factory.WaitForIndexAsync();
        Assert.Equal(0, (await _factory.SearchAsync(SearchTestData.Query(null))).Total);
    }

    [Fact]
    public async Task Dry_run_reports_what_would_change_and_writes_nothing()
    {
        var before = await _factory.CountRowsAsync();

        var output = await ImportedAsync(HsdsImportTestData.Musterstadt, "--dry-run");

        Assert.Contains("Angebote: 5 neu", output, StringComparison.Ordinal);
        Assert.Contains("Prüflauf: Die Daten sind gültig; es wurde nichts gespeichert.", output, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.CountRowsAsync());
    }

    [Fact]
    public async Task As_draft_creates_active_services_as_drafts()
    {
        await ImportedAsync(HsdsImportTestData.Musterstadt, "--as-draft");

        await _factory.WithDbAsync(async db =>
        {
            Assert.Equal(4, await db.Offers.CountAsync(o => o.Status == OfferStatus.Draft));
            Assert.Equal(1, await db.Offers.CountAsync(o => o.Status == OfferStatus.Archived));
        });
    }

    [Fact]
    public async Task Nested_json_imports_and_a_look_alike_offer_is_warned_about()
    {
        await ImportedAsync(HsdsImportTestData.Musterstadt);
        var file = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".json");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, """
            {
              "total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": true, "last_page": true, "empty": false,
              "contents": [{
                "id": "0d6f1f3e-7a53-4a52-9d0e-3c1b8e2f4a10",
                "name": "Musterstaedter Sprachcafe",
                "description": "Das gleiche Café, aus einem anderen System.",
                "status": "active",
                "organization": { "id": "9a1c6a52-3a1f-4a57-8a9a-6c7d0b1e2f30", "name": "Anderer Träger", "description": "Ein Träger aus einem anderen System." },
                "service_at_locations": [{
                  "id": "5b2e7c1d-2f4a-4b6c-8d9e-0a1b2c3d4e50",
                  "location": {
                    "id": "7c3f8d2e-3a5b-4c7d-9e0f-1b2c3d4e5f60", "location_type": "physical", "name": "Treff",
                    "addresses": [{ "id": "8d4a9e3f-4b6c-4d8e-8f10-2c3d4e5f6a70", "address_1": "Holzgasse 5", "city": "Siegburg",
                                    "state_province": "NRW", "postal_code": "53721", "country": "DE", "address_type": "physical" }]
                  }
                }],
                "languages": [{ "id": "9e5b0f4a-5c7d-4e9f-9a21-3d4e5f6a7b80", "code": "ar" }],
                "attributes": [{ "id": "af6c1a5b-6d8e-4fa0-8b32-4e5f6a7b8c90", "taxonomy_term_id": "b07d2b6c-7e9f-4ab1-9c43-5f6a7b8c9da0",
                                 "link_type": "service_category",
                                 "taxonomy_term": { "id": "b07d2b6c-7e9f-4ab1-9c43-5f6a7b8c9da0", "name": "Sprache", "description": "Sprache" } }]
              }]
            }
            """);

        var output = await ImportedAsync(file);

        Assert.Contains("Feld name: Das Angebot sieht aus wie das vorhandene Angebot „Musterstädter Sprachcafé“ (3b65512d-f854-5cec-b4c7-4e18c487b959)", output, StringComparison.Ordinal);
        await _factory.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.Terms).Include(o => o.Languages).Include(o => o.Municipality)
                .SingleAsync(o => o.HsdsId == "0d6f1f3e-7a53-4a52-9d0e-3c1b8e2f4a10");
            Assert.Equal("sprache", Assert.Single(offer.Terms).Code);
            Assert.Equal("ar", Assert.Single(offer.Languages).Code);
            Assert.Equal("Siegburg", offer.Municipality?.Name);
        });
        var again = await ImportedAsync(file);
        Assert.Contains("es wurde nichts geändert", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lotse_export_conventions_are_read_back()
    {
        var file = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".json");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, """
            [{
              "id": "1e0f6c1a-2b3c-4d5e-8f60-718293a4b5c6", "name": "Sommerkurs Deutsch", "description": "Vier Wochen im Sommer.",
              "status": "active", "fees_description": "kostenlos",
              "organization": { "id": "2f1a7d2b-3c4d-4e6f-9a71-8293a4b5c6d7", "name": "Volkshochschule", "description": "Volkshochschule" },
              "schedules": [{ "id": "3a2b8e3c-4d5e-4f70-8b82-93a4b5c6d7e8", "valid_from": "2026-07-01", "valid_to": "2026-07-31" }],
              "service_at_locations": [{ "id": "4b3c9f4d-5e6f-4a81-9c93-a4b5c6d7e8f9",
                "location": { "id": "5c4d0a5e-6f70-4b92-8da4-b5c6d7e8f9a0", "location_type": "physical", "name": "Schulzentrum",
                              "external_identifier": "05382056", "external_identifier_type": "AGS" } }]
            }]
            """);

        var output = await ImportedAsync(file);

        Assert.Contains("0 Hinweise.", output, StringComparison.Ordinal);
        await _factory.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.Locations).ThenInclude(l => l.Municipality).Include(o => o.Organization).SingleAsync();
            Assert.True(offer.IsFree);
            Assert.Null(offer.FeesDescription);
            Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)), (offer.StartsOn, offer.EndsOn));
            Assert.Null(offer.MunicipalityId);
            Assert.Equal("Sankt Augustin", Assert.Single(offer.Locations).Municipality?.Name);
            Assert.Null(offer.Organization.Description);
            Assert.Empty(await db.Schedules.ToListAsync());
        });
    }
}
