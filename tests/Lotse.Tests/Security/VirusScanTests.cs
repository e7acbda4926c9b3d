using System.Net;
using System.Net.Http.Json;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Uploads;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Lotse.Tests.Editorial.SpreadsheetImport.SpreadsheetImportTestData;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS 12.4.2: with Lotse:Uploads:VirusScanner set, every upload passes clamd before it is read or kept. Malware
/// answers 422 with the finding, a scanner that cannot be asked 503 (fail closed); nothing is stored either way.
/// Without the setting uploads are taken as before.
/// </summary>
[Collection(ClamdCollection.Name)]
public sealed class VirusScanTests(ClamdServer clamd)
{
    private const string FoundMessage = "Die Datei wurde nicht angenommen: Der Virenscanner hat Schadsoftware gefunden (" + ClamdServer.EicarSignature;
    private const string UnavailableMessage = "Die Datei konnte nicht auf Schadsoftware geprüft werden";

    private static string EicarText => System.Text.Encoding.ASCII.GetString(ClamdServer.Eicar);

    /// <summary>An offer table as the template asks for it, with the EICAR string in a description when <paramref name="eicar"/>.</summary>
    private static byte[] OfferTable(bool eicar) =>
        Csv(Row("Deutschkurs am Abend", "AWO Troisdorf", more: [("Beschreibung", eicar ? "Kurs " + EicarText : "Ein Kurs am Abend.")]));

    private static RecordedAppFactory App(LogRecorder log, string? scanner)
    {
        var factory = new RecordedAppFactory(log);
        if (scanner is not null)
            factory.Settings["Lotse:Uploads:VirusScanner"] = scanner;
        return factory;
    }

    private static bool NothingPending(LotseAppFactory factory)
    {
        var imports = Path.Combine(factory.DataDirectory, "imports");
        return !System.IO.Directory.Exists(imports) || !System.IO.Directory.EnumerateFiles(imports).Any();
    }

    [SkippableFact]
    public async Task An_offer_table_with_malware_is_refused_with_422_and_the_finding_and_nothing_is_kept()
    {
        clamd.SkipIfUnavailable();
        var log = new LogRecorder();
        using var factory = App(log, clamd.Address);
        await AddOrganizationAsync(factory, "AWO Troisdorf");
        var (client, email) = await OffersTestData.SignInAsync(factory, Roles.MunicipalityEditor);

        var response = await UploadAsync(client, "angebote-mai.csv", OfferTable(eicar: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains(FoundMessage, page.QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(FoundMessage, page.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#fehler a[href='#Upload']"));
        Assert.True(NothingPending(factory));
        Assert.Equal(0, await OffersTestData.QueryAsync(factory, db => db.Offers.CountAsync()));
        var entry = Assert.Single(log.Events, e => e.Category == typeof(UploadScanner).FullName);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(ClamdServer.EicarSignature, entry.Message, StringComparison.Ordinal);
        Assert.Contains("spreadsheet-import", entry.Message, StringComparison.Ordinal);
        // The log names the finding, not the file, its content or who sent it.
        Assert.DoesNotContain(log.Lines, line => line.Contains("angebote-mai", StringComparison.Ordinal)
            || line.Contains("EICAR-STANDARD", StringComparison.Ordinal) || line.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public async Task A_clean_offer_table_passes_the_scan_and_imports_as_before()
    {
        clamd.SkipIfUnavailable();
        var log = new LogRecorder();
        using var factory = App(log, clamd.Address);
        await AddOrganizationAsync(factory, "AWO Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(factory, Roles.MunicipalityEditor);

        var preview = await UploadForPreviewAsync(client, "angebote.csv", OfferTable(eicar: false));
        var confirm = await ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(["Deutschkurs am Abend"], await OffersTestData.QueryAsync(factory, db => db.Offers.Select(o => o.Name).ToListAsync()));
        Assert.DoesNotContain(log.Events, e => e.Category == typeof(UploadScanner).FullName);
    }

    [Fact]
    public async Task A_scanner_that_is_down_refuses_the_upload_with_503_and_keeps_nothing()
    {
        var log = new LogRecorder();
        using var factory = App(log, $"127.0.0.1:{ClamdServer.FreeLoopbackPort()}");
        await AddOrganizationAsync(factory, "AWO Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(factory, Roles.MunicipalityEditor);

        var response = await UploadAsync(client, "angebote.csv", OfferTable(eicar: false));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains(UnavailableMessage, page.QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(UnavailableMessage, page.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(NothingPending(factory));
        Assert.Equal(0, await OffersTestData.QueryAsync(factory, db => db.Offers.CountAsync()));
        var entry = Assert.Single(log.Events, e => e.Category == typeof(UploadScanner).FullName);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("ConnectionRefused", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_scanner_setting_uploads_are_not_scanned_as_before()
    {
        var log = new LogRecorder();
        using var factory = App(log, scanner: null);
        await AddOrganizationAsync(factory, "AWO Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(factory, Roles.MunicipalityEditor);

        // The EICAR string is only text to the import: without a scanner it reaches the preview.
        await UploadForPreviewAsync(client, "angebote.csv", OfferTable(eicar: true));

        Assert.False(factory.Services.GetRequiredService<UploadScanner>().Enabled);
    }

    [SkippableTheory]
    [MemberData(nameof(UploadForms.All), MemberType = typeof(UploadForms))]
    public async Task Every_other_upload_form_refuses_malware_with_422_and_stores_nothing(string form)
    {
        clamd.SkipIfUnavailable();
        using var factory = App(new LogRecorder(), clamd.Address);

        var response = await UploadForms.PostAsync(factory, form, UploadForms.Content(form, eicar: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains(FoundMessage, page.QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#fehler a[href='#{UploadForms.Field(form)}']"));
        Assert.Equal(0, await UploadForms.StoredAsync(factory, form));
    }

    [SkippableTheory]
    [MemberData(nameof(UploadForms.All), MemberType = typeof(UploadForms))]
    public async Task Every_other_upload_form_takes_a_clean_file_through_the_scan(string form)
    {
        clamd.SkipIfUnavailable();
        using var factory = App(new LogRecorder(), clamd.Address);

        var response = await UploadForms.PostAsync(factory, form, UploadForms.Content(form, eicar: false));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{form}: {(int)response.StatusCode}");
        Assert.Equal(form == UploadForms.ConceptDocument ? 2 : 1, await UploadForms.StoredAsync(factory, form));
    }

    [Theory]
    [MemberData(nameof(UploadForms.All), MemberType = typeof(UploadForms))]
    public async Task Every_other_upload_form_refuses_with_503_when_the_scanner_is_down(string form)
    {
        using var factory = App(new LogRecorder(), $"127.0.0.1:{ClamdServer.FreeLoopbackPort()}");

        var response = await UploadForms.PostAsync(factory, form, UploadForms.Content(form, eicar: false));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains(UnavailableMessage, page.QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await UploadForms.StoredAsync(factory, form));
    }

    [SkippableFact]
    public async Task Health_says_degraded_while_the_scanner_is_down_and_healthy_when_it_answers()
    {
        clamd.SkipIfUnavailable();
        using var up = App(new LogRecorder(), clamd.Address);
        using var down = App(new LogRecorder(), $"127.0.0.1:{ClamdServer.FreeLoopbackPort()}");

        var answering = await ScannerHealthAsync(up);
        var away = await ScannerHealthAsync(down);

        Assert.Equal("Healthy", answering);
        Assert.Equal("Degraded", away);
    }

    private static async Task<string?> ScannerHealthAsync(LotseAppFactory factory)
    {
        var client = factory.CreateClient();
        await client.GetAsync("/api/v1/search?pageSize=1");   // waits for the index, like the operations test
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return json.GetProperty("checks").GetProperty("virusScanner").GetProperty("status").GetString();
    }
}
