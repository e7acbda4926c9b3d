using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Lotse.Features.Operations.Commands;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Features.Search;
using Lotse.Tests.Accounts;

namespace Lotse.Tests.Hostile;

/// <summary>
/// The places where outside input enters Lotse, each as a function that sends one generated input and returns the
/// answer's status code (or, for the operator importers, the command's exit code mapped to 200/400).
/// </summary>
public sealed class FuzzTargets(FuzzApp app, HttpClient anonymous, HttpClient editor, string offerId, string workFolder)
{
    private static readonly string[] Cultures = ["de", "en", "tr", "ar", "fa", "uk", "ru", "pl", "xx", "DE", "de-DE"];
    private static readonly string[] SearchKeys = [.. FacetNames.All, "q", "page", "pageSize", "sort", "near", "thema", "unbekannt"];
    private readonly Dictionary<string, string> _tokens = new();

    /// <summary>Hostile markup found live in a page that a target's answer led to (the import preview).</summary>
    public List<string> LiveMarkup { get; } = [];

    public IReadOnlyList<(string Name, Func<Random, Task<int>> Send)> All =>
    [
        ("Suche (Seite)", r => GetAsync(anonymous, $"/{Pick(r, Cultures)}/suche?{Query(r)}")),
        ("Suche (API)", r => GetAsync(anonymous, $"/api/v1/search?{Query(r)}")),
        ("Angebot (API)", r => GetAsync(anonymous, $"/api/v1/offers/{(r.Next(3) == 0 ? offerId : PathSegment(r))}?{Query(r)}")),
        ("HSDS-API Liste", r => GetAsync(anonymous, $"/api/hsds/{Pick(r, ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"])}?{HsdsQuery(r)}")),
        ("HSDS-API Eintrag", r => GetAsync(anonymous, r.Next(3) == 0 ? $"/api/hsds/services/{offerId}?{HsdsQuery(r)}" : $"/api/hsds/{Pick(r, ["services", "organizations", "taxonomy_terms", "service_at_locations"])}/{PathSegment(r)}")),
        ("Angebotsseite", r => GetAsync(anonymous, $"/{Pick(r, Cultures)}/angebote/{(r.Next(3) == 0 ? offerId : PathSegment(r))}/{Pick(r, ["", "druck", "vcard", PathSegment(r)])}")),
        ("Feeds", r => GetAsync(anonymous, $"/{Pick(r, Cultures)}/{Pick(r, ["feed.atom", "termine.ics"])}?{Query(r)}")),
        ("Änderungsvorschlag", r => PostFormAsync(anonymous, $"/de/angebote/{offerId}/vorschlag", r, SuggestionFields)),
        ("Barrierefreiheit-Rückmeldung", r => PostFormAsync(anonymous, "/de/barrierefreiheit/rueckmeldung", r, FeedbackFields)),
        ("Anmeldung", r => PostFormAsync(anonymous, "/intern/anmelden", r, ["Input.Email", "Input.Password", "Input.RememberMe", "ReturnUrl"])),
        ("Anmeldung (Code)", r => PostFormAsync(anonymous, "/intern/anmelden/code", r, ["Code", "ReturnUrl"])),
        ("Bestätigungslink", r => r.Next(2) == 0
            ? GetAsync(anonymous, $"/{Pick(r, Cultures)}/bestaetigen/{PathSegment(r)}")
            : PostFormAsync(anonymous, $"/de/bestaetigen/{PathSegment(r)}", r, ["Confirm", "Comment"])),
        ("Kosten-API (Berechnung)", r => CostsCalculateAsync(r)),
        ("Kosten-API (Szenario)", r => GetAsync(anonymous, r.Next(4) == 0 ? "/api/v1/costs/scenarios" : $"/api/v1/costs/scenarios/{PathSegment(r)}")),
        ("Rohe Anfragekörper", r => RawBodyAsync(r)),
        ("Tabellenimport (Upload)", r => UploadAsync(r)),
        ("HSDS-Import (Befehl)", r => HsdsImportAsync(r)),
    ];

    private static readonly string[] SuggestionFields =
    [
        "Input.Name", "Input.Description", "Input.Phone", "Input.Email", "Input.Website", "Input.OpeningHours", "Input.Comment",
        "Input.SubmitterName", "Input.SubmitterEmail", "Input.Addresses[0].LocationId", "Input.Addresses[0].Street",
        "Input.Addresses[0].PostalCode", "Input.Addresses[0].City", "Input.Addresses[99999].City", "Fax",
    ];

    private static readonly string[] FeedbackFields = ["Input.Message", "Input.PageUrl", "Input.Name", "Input.Email", "Fax"];

    private static string Pick(Random r, string[] values) => values[r.Next(values.Length)];

    // A NUL in the path never reaches Lotse: the server refuses the request line (the in-memory test server throws instead).
    private static string PathSegment(Random r) => HostileStrings.NextQueryValue(r).Replace("%00", "", StringComparison.Ordinal);

    private static string Query(Random r) =>
        string.Join('&', Enumerable.Range(0, r.Next(0, 6)).Select(_ => $"{Uri.EscapeDataString(Pick(r, SearchKeys))}={HostileStrings.NextQueryValue(r)}"));

    private static string HsdsQuery(Random r) =>
        string.Join('&', Enumerable.Range(0, r.Next(0, 5)).Select(_ =>
            $"{Pick(r, ["search", "page", "per_page", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "postcode", "proximity", "full_service"])}={HostileStrings.NextQueryValue(r)}"));

    private static async Task<int> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    /// <summary>A form post: usually with a valid antiforgery token (to reach validation), sometimes without or with a forged one.</summary>
    private async Task<int> PostFormAsync(HttpClient client, string path, Random r, string[] fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var field in fields.Where(_ => r.Next(3) != 0))
            values.Add(new(field, HostileStrings.Next(r)));
        if (r.Next(10) == 0)
            values.Add(new(HostileStrings.Next(r), HostileStrings.Next(r)));   // a field nobody asked for
        var token = r.Next(8) switch
        {
            0 => null,
            1 => HostileStrings.Next(r),
            _ => await TokenAsync(client, path),
        };
        if (token is not null)
            values.Add(new("__RequestVerificationToken", token));
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(values));
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    private async Task<string> TokenAsync(HttpClient client, string path)
    {
        if (_tokens.TryGetValue(path, out var known))
            return known;
        using var form = await client.GetAsync(path);
        var document = await AccountsTestData.ParseAsync(form);
        var token = (document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value ?? "";
        _tokens[path] = token;
        return token;
    }

    /// <summary>Bodies that are not what the endpoint expects: broken UTF-8, the wrong media type, deep JSON, a megabyte of nothing.</summary>
    private async Task<int> RawBodyAsync(Random r)
    {
        var path = Pick(r, ["/de/barrierefreiheit/rueckmeldung", $"/de/angebote/{offerId}/vorschlag", "/intern/anmelden", "/api/v1/search", "/api/hsds/services", "/de/suche", "/api/v1/costs/calculate"]);
        HttpContent content = r.Next(4) switch
        {
            0 => new ByteArrayContent(HostileStrings.BrokenUtf8(r)),
            1 => new StringContent(HostileStrings.DeepJson(r.Next(10, 5000), r.Next(2) == 0), Encoding.UTF8),
            2 => new ByteArrayContent(new byte[r.Next(100_000, 3_000_000)]),
            _ => new StringContent(HostileStrings.Next(r), Encoding.UTF8),
        };
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(Pick(r, ["application/x-www-form-urlencoded", "application/json", "multipart/form-data; boundary=x", "text/xml", "application/octet-stream"]));
        using var request = new HttpRequestMessage(r.Next(5) == 0 ? HttpMethod.Put : HttpMethod.Post, path) { Content = content };
        using var response = await anonymous.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    /// <summary>A scenario for the cost calculation: usually JSON of the right shape with hostile values, sometimes another media type.</summary>
    private async Task<int> CostsCalculateAsync(Random r)
    {
        var content = new StringContent(CostScenarioJson.Next(r), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(r.Next(10) == 0 ? Pick(r, ["text/plain", "application/xml", "application/json; charset=latin1"]) : "application/json");
        using var response = await anonymous.PostAsync("/api/v1/costs/calculate", content);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    /// <summary>The spreadsheet import as a county editor: broken CSV and XLSX, formulas, zip bombs.</summary>
    private async Task<int> UploadAsync(Random r)
    {
        var (name, bytes) = r.Next(6) switch
        {
            0 => ("angebote.xlsx", FuzzFiles.ZipBomb(r)),
            1 => ("angebote.xlsx", FuzzFiles.BrokenZip(r)),
            2 => ("angebote.xlsx", FuzzFiles.Xlsx(r)),
            3 => ("angebote.xlsx", FuzzFiles.XlsxWithEntities(r)),
            4 => (FileName(HostileStrings.Next(r)) + ".csv", FuzzFiles.Csv(r)),
            _ => ("angebote.csv", FuzzFiles.Csv(r)),
        };
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "Upload", name },
            { new StringContent(await TokenAsync(editor, "/intern/import/tabelle")), "__RequestVerificationToken" },
        };
        using var response = await editor.PostAsync("/intern/import/tabelle", form);
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location is not { } preview)
            return (int)response.StatusCode;

        // An accepted file leads to its preview, which shows every cell: it must show them as text. Half of the
        // previews are then saved (as drafts or published), so that the values reach the stored pages and exports.
        using var previewPage = await editor.GetAsync(preview);
        var html = await previewPage.Content.ReadAsStringAsync();
        LiveMarkup.AddRange(StoredMarkup.FindLive(html).Select(f => $"{preview}: {f}"));
        if ((int)previewPage.StatusCode >= 500 || r.Next(2) == 0)
            return (int)previewPage.StatusCode;
        var token = (new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value;
        if (token is null)
            return (int)previewPage.StatusCode;   // nothing valid to save: the preview says so
        using var save = await editor.PostAsync(preview, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SaveAs"] = r.Next(2) == 0 ? PreviewModel.Published : PreviewModel.Draft,
            ["SkipDuplicates"] = r.Next(2) == 0 ? "true" : "false",
            ["__RequestVerificationToken"] = token,
        }));
        await save.Content.ReadAsByteArrayAsync();
        return (int)save.StatusCode;
    }

    // The client builds the Content-Disposition header itself and refuses quotes and control characters in it.
    private static string FileName(string value)
    {
        var name = new string(value.Where(ch => ch >= ' ' && ch != '"' && ch != '\\' && ch < 0x7F).Take(200).ToArray());
        return name.Length == 0 ? "x" : name;
    }

    /// <summary>The operator's HSDS import on a generated file: any exit code but no exception.</summary>
    private async Task<int> HsdsImportAsync(Random r)
    {
        var file = Path.Combine(workFolder, $"hsds-{r.Next()}.{(r.Next(3) == 0 ? "zip" : "json")}");
        await File.WriteAllBytesAsync(file, file.EndsWith(".zip", StringComparison.Ordinal) ? FuzzFiles.HsdsZip(r) : FuzzFiles.HsdsJson(r));
        try
        {
            var output = new StringWriter();
            // Most runs are dry; every fourth writes, so that imported values reach the stored pages and exports.
            string[] args = r.Next(4) == 0 ? ["import", "hsds", file] : ["import", "hsds", file, "--dry-run"];
            var exitCode = await CommandLine.RunAsync(args, app.Services, new CommandConsole(new StringReader(""), output, output, IsInteractive: false));
            // Exit codes as statuses: 0 done, 1 rejected data, 2 wrong call; anything else counts as a server error.
            return exitCode switch { 0 => 200, 1 => 422, 2 => 400, _ => 500 };
        }
        finally
        {
            File.Delete(file);
        }
    }
}
