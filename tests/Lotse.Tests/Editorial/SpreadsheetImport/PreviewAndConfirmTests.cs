using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lotse.Tests.Editorial.SpreadsheetImport.SpreadsheetImportTestData;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>Upload → preview (errors per cell, duplicate warnings, nothing saved) → confirm (valid rows saved as an import, in scope).</summary>
public sealed class PreviewAndConfirmTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private Task<int> OfferCountAsync() => OffersTestData.QueryAsync(_factory, db => db.Offers.CountAsync());

    [Fact]
    public async Task An_xlsx_upload_shows_cell_errors_and_duplicates_and_saves_nothing()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Caritas Troisdorf");
        await OffersTestData.AddOfferAsync(_factory, "Sprachcafé am Markt", status: OfferStatus.Published);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var before = await OfferCountAsync();
        var file = Xlsx(
            Row("Nähcafé für Frauen", "Caritas Troisdorf", more: [("Themen", "Kultur und Begegnung; Familie"), ("Sprachen", "Arabisch; Deutsch"), ("Straße", "Kölner Straße 5"), ("PLZ", "53840"), ("Ort", "Troisdorf")]),
            Row("Beratung ohne PLZ", "Caritas Troisdorf", more: [("Straße", "Poststraße 1"), ("PLZ", "5384")]),
            Row("Sprachcafe am Markt", "Caritas Troisdorf"),
            Row("Naehcafe fuer Frauen", "Caritas Troisdorf", more: [("Straße", "Kölner Str. 5"), ("PLZ", "53840")]),
            Row("", "Caritas Troisdorf", more: [("Themen", "Astrologie"), ("Beginn", "31.02.2026")]));

        var preview = await UploadForPreviewAsync(client, "angebote.xlsx", file);
        var page = await OffersTestData.GetPageAsync(client, preview);

        var errors = page.QuerySelectorAll("#zeilenfehler li").Select(li => li.Text()).ToList();
        Assert.Contains("Zeile 3, Spalte PLZ: Bitte eine fünfstellige Postleitzahl angeben.", errors);
        Assert.Contains(errors, e => e.StartsWith("Zeile 6, Spalte Name:", StringComparison.Ordinal));
        Assert.Contains("Zeile 6, Spalte Themen: „Astrologie“ steht nicht in der Liste.", errors);
        Assert.Contains(errors, e => e.StartsWith("Zeile 6, Spalte Beginn:", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.StartsWith("Zeile 2", StringComparison.Ordinal));
        var rows = page.QuerySelectorAll("#vorschau tbody tr").ToDictionary(r => r.GetAttribute("data-line")!, r => r.Text());
        Assert.Equal(5, rows.Count);
        Assert.Contains("In Ordnung", rows["2"]);
        Assert.Contains("Kultur und Begegnung; Familie", rows["2"]);
        Assert.Contains("Ein ähnliches Angebot gibt es schon: „Sprachcafé am Markt“", rows["4"]);
        Assert.Contains("Ähnelt Zeile 2 derselben Datei", rows["5"]);
        Assert.Contains("Noch ist nichts gespeichert", page.Body.Text());

        Assert.Equal(before, await OfferCountAsync());
        var token = preview[(preview.LastIndexOf('/') + 1)..];
        Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "imports", token + ".upload")));
    }

    [Fact]
    public async Task Confirming_a_csv_saves_the_valid_rows_as_drafts_recorded_as_an_import()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "AWO Troisdorf");
        var (client, email) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var before = await OfferCountAsync();
        var file = Csv(
            Row("Deutschkurs am Abend", "AWO Troisdorf", more: [("Angebotsarten", "Sprachkurs"), ("Öffnungszeiten", "Montag: 18:00–20:00; Mi: 18:00–20:00"), ("Beginn", "01.03.2027"), ("Ende", "30.06.2027"), ("Straße", "Hippolytusstraße 3"), ("PLZ", "53840"), ("Kostenlos", "ja")]),
            Row("Hausaufgabenhilfe; Klasse 1–4", "AWO Troisdorf", more: [("Zielgruppen", "Zugewanderte"), ("Telefon", "02241 12345")]),
            Row("Ohne Träger", "Unbekannter Verein"));

        var preview = await UploadForPreviewAsync(client, "angebote.csv", file);
        var page = await OffersTestData.GetPageAsync(client, preview);
        Assert.Contains("Zeile 4, Spalte Träger: Der Träger „Unbekannter Verein“ ist nicht bekannt.", page.QuerySelector("#zeilenfehler").Text());
        Assert.Equal(before, await OfferCountAsync());

        var confirm = await ConfirmAsync(client, preview);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var result = await OffersTestData.GetPageAsync(client, confirm.Headers.Location!.OriginalString);
        Assert.Contains("2 Angebote gespeichert", result.Body.Text());
        Assert.Contains("1 Zeilen mit Fehlern", result.Body.Text());
        Assert.Equal(2, result.QuerySelectorAll("#angelegt a[href^='/intern/angebote/']").Length);

        var saved = await OffersTestData.QueryAsync(_factory, db => db.Offers.AsNoTracking()
            .Include(o => o.Schedules).Include(o => o.Locations).Include(o => o.Terms).Include(o => o.Municipality)
            .Where(o => o.Organization.Name == "AWO Troisdorf").OrderBy(o => o.Name).ToListAsync());
        Assert.Equal(["Deutschkurs am Abend", "Hausaufgabenhilfe; Klasse 1–4"], saved.Select(o => o.Name));
        Assert.All(saved, o => Assert.Equal(OfferStatus.Draft, o.Status));
        Assert.All(saved, o => Assert.Equal("Troisdorf", o.Municipality!.Name));
        var course = saved[0];
        Assert.Equal(new DateOnly(2027, 3, 1), course.StartsOn);
        Assert.Equal(new DateOnly(2027, 6, 30), course.EndsOn);
        Assert.True(course.IsFree);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], course.Schedules.Select(s => s.Weekday).Order());
        Assert.Equal("Hippolytusstraße 3", Assert.Single(course.Locations).Street);
        Assert.Equal("sprachkurs", Assert.Single(course.Terms).Code);

        var sources = await OffersTestData.QueryAsync(_factory, db => db.AuditEntries.Where(a => a.OfferId == course.Id).Select(a => new { a.Source, a.ActorName }).Distinct().ToListAsync());
        Assert.Equal(ActorSources.Import, Assert.Single(sources).Source);
        Assert.Equal(email, sources[0].ActorName);
        var versionSources = await OffersTestData.QueryAsync(_factory, db => db.OfferVersions.Where(v => v.OfferId == course.Id).Select(v => v.Source).ToListAsync());
        Assert.All(versionSources, s => Assert.Equal(ActorSources.Import, s));

        // The upload is used up: a second confirmation saves nothing more.
        await client.PostAsync(preview, new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(before + 2, await OfferCountAsync());
    }

    [Fact]
    public async Task Rows_outside_a_municipal_editor_s_municipality_are_errors_and_stay_unsaved()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Diakonie");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var file = Xlsx(Row("In Troisdorf", "Diakonie"), Row("In Siegburg", "Diakonie", "Siegburg"), Row("Kreisweit", "Diakonie", "kreisweit"));

        var preview = await UploadForPreviewAsync(client, "a.xlsx", file);
        var errors = (await OffersTestData.GetPageAsync(client, preview)).QuerySelectorAll("#zeilenfehler li").Select(li => li.Text()).ToList();
        Assert.Contains("Zeile 3, Spalte Kommune: Die Kommune „Siegburg“ gehört nicht zu Ihrem Bereich.", errors);
        Assert.Contains(errors, e => e.StartsWith("Zeile 4, Spalte Kommune:", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(client, preview, "veroeffentlicht")).StatusCode);
        var saved = await OffersTestData.QueryAsync(_factory, db => db.Offers.Where(o => o.Organization.Name == "Diakonie").Select(o => new { o.Name, o.Status }).ToListAsync());
        Assert.Equal("In Troisdorf", Assert.Single(saved).Name);
        Assert.Equal(OfferStatus.Published, saved[0].Status);
    }

    [Fact]
    public async Task A_provider_imports_only_for_its_own_organization_and_may_not_publish()
    {
        var own = await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Eigener Verein");
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Fremder Verein");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Provider, own.Id);
        var file = Csv(Row("Eigenes Angebot", "Eigener Verein"), Row("Fremdes Angebot", "Fremder Verein", "Siegburg"));

        var preview = await UploadForPreviewAsync(client, "a.csv", file);
        var page = await OffersTestData.GetPageAsync(client, preview);
        Assert.Contains("Zeile 3, Spalte Träger: Der Träger „Fremder Verein“ gehört nicht zu Ihrem Bereich.", page.QuerySelector("#zeilenfehler").Text());
        Assert.Null(page.QuerySelector("input[value=veroeffentlicht]"));

        var publish = await ConfirmAsync(client, preview, "veroeffentlicht");
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("nicht veröffentlichen", (await OffersTestData.ParseAsync(publish)).Body.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await OffersTestData.QueryAsync(_factory, db => db.Offers.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(client, preview)).StatusCode);
        var saved = await OffersTestData.QueryAsync(_factory, db => db.Offers.Select(o => new { o.Name, o.Status, o.OrganizationId }).ToListAsync());
        Assert.Equal(own.Id, Assert.Single(saved).OrganizationId);
        Assert.Equal(OfferStatus.Draft, saved[0].Status);
    }

    [Fact]
    public async Task Rows_with_duplicate_warnings_can_be_left_out()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Kolping");
        await OffersTestData.AddOfferAsync(_factory, "Fahrradkurs für Frauen", status: OfferStatus.Published);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var preview = await UploadForPreviewAsync(client, "a.xlsx", Xlsx(Row("Fahrradkurs fuer Frauen", "Kolping"), Row("Schwimmkurs", "Kolping")));

        await ConfirmAsync(client, preview, skipDuplicates: true);

        var names = await OffersTestData.QueryAsync(_factory, db => db.Offers.Where(o => o.Organization.Name == "Kolping").Select(o => o.Name).ToListAsync());
        Assert.Equal(["Schwimmkurs"], names);
    }

    [Fact]
    public async Task Another_account_cannot_open_or_confirm_someone_else_s_upload()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Malteser");
        var (owner, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var (other, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var preview = await UploadForPreviewAsync(owner, "a.csv", Csv(Row("Erste Hilfe", "Malteser")));

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(preview)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/intern/import/tabelle/" + new string('a', 32))).StatusCode);
        Assert.Equal(0, await OfferCountAsync());
    }
}
