using System.IO.Compression;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.HsdsImport;

/// <summary>Bad or incomplete HSDS data is reported by file, row and field, and nothing is written.</summary>
public sealed class HsdsImportValidationTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public HsdsImportValidationTests()
    {
        _factory.Settings["Lotse:HsdsImport:MaxUnpackedBytes"] = "200000";
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> RejectedAsync(string path)
    {
        var before = await _factory.CountRowsAsync();
        var (exitCode, output, error) = await _factory.ImportAsync("hsds", path);
        Assert.Equal(1, exitCode);
        Assert.Contains("Es wurde nichts geändert.", error, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.CountRowsAsync());
        return output + error;
    }

    [Fact]
    public async Task The_official_examples_are_reported_with_their_dangling_references_and_change_nothing()
    {
        var report = await RejectedAsync(HsdsImportTestData.OfficialCsvExamples);

        Assert.Contains("Fehler: locations.csv, Zeile 2, Feld organization_id: verweist auf eine Organisation, die es weder im Datenpaket noch in Lotse gibt (985e4a42-bd9f-4edc-911d-0243a4640aca).", report, StringComparison.Ordinal);
        Assert.Contains("Fehler: taxonomy_terms.csv, Zeile 2, Feld taxonomy_id: verweist auf eine Taxonomie, die es weder im Datenpaket noch in Lotse gibt (07ff6aee-a219-438c-b694-d2fcb6c5373b).", report, StringComparison.Ordinal);
        Assert.Contains("Fehler: contacts.csv, Zeile 2, Feld organization_id: verweist auf eine Organisation", report, StringComparison.Ordinal);
        Assert.Contains("Fehler: attributes.csv, Zeile 2, Feld link_entity: „link_entity“ ist keine Tabelle von HSDS 3.0.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_official_examples_as_a_zip_give_the_same_report()
    {
        var zip = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".zip");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        ZipFile.CreateFromDirectory(HsdsImportTestData.OfficialCsvExamples, zip, CompressionLevel.Fastest, includeBaseDirectory: true);

        var report = await RejectedAsync(zip);

        Assert.Contains("locations.csv, Zeile 2, Feld organization_id: verweist auf eine Organisation", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_types_and_values_are_named_per_row_and_field()
    {
        var copy = HsdsImportTestData.CopyOf(HsdsImportTestData.Musterstadt);
        var services = File.ReadAllLines(Path.Combine(copy, "services.csv"));
        services[2] = services[2].Replace(",active,", ",offen,", StringComparison.Ordinal).Replace("2026-09-01,", "1.9.2026,", StringComparison.Ordinal);
        services[3] = "123" + services[3][services[3].IndexOf(',', StringComparison.Ordinal)..];
        File.WriteAllLines(Path.Combine(copy, "services.csv"), services);
        var costs = File.ReadAllLines(Path.Combine(copy, "cost_options.csv"));
        costs[1] = costs[1].Replace(",25,", ",25 Euro,", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(copy, "cost_options.csv"), costs);

        var report = await RejectedAsync(copy);

        Assert.Contains("services.csv, Zeile 3, Feld status: Der Wert „offen“ ist nicht erlaubt; erlaubt sind: active, inactive, defunct, temporarily closed.", report, StringComparison.Ordinal);
        Assert.Contains("services.csv, Zeile 3, Feld assured_date: „1.9.2026“ ist kein Datum im Format JJJJ-MM-TT.", report, StringComparison.Ordinal);
        Assert.Contains("services.csv, Zeile 4, Feld id: „123“ ist keine gültige Kennung", report, StringComparison.Ordinal);
        Assert.Contains("cost_options.csv, Zeile 2, Feld amount: „25 Euro“ ist keine Zahl", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_column_and_an_empty_required_field_are_errors()
    {
        var copy = HsdsImportTestData.CopyOf(HsdsImportTestData.Musterstadt);
        var organizations = File.ReadAllLines(Path.Combine(copy, "organizations.csv"));
        organizations[1] = organizations[1].Replace("Stadt Musterstadt – Integrationsbüro", "", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(copy, "organizations.csv"), organizations);
        var taxonomies = File.ReadAllLines(Path.Combine(copy, "taxonomies.csv"));
        File.WriteAllLines(Path.Combine(copy, "taxonomies.csv"), taxonomies.Select(l => l.Replace(",description,", ",beschreibung,", StringComparison.Ordinal)));

        var report = await RejectedAsync(copy);

        Assert.Contains("organizations.csv, Zeile 2, Feld name: Das Pflichtfeld ist leer.", report, StringComparison.Ordinal);
        Assert.Contains("taxonomies.csv, Zeile 1, Feld description: Die Pflichtspalte fehlt.", report, StringComparison.Ordinal);
        Assert.Contains("Hinweis: taxonomies.csv, Zeile 1, Feld beschreibung: Diese Spalte gibt es in HSDS 3.0 nicht", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_csv_row_is_reported_with_its_line()
    {
        var copy = HsdsImportTestData.CopyOf(HsdsImportTestData.Musterstadt);
        var path = Path.Combine(copy, "organizations.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Add("b1a6c1c0-0000-4000-8000-000000000001,\"Kaputter Verein,ohne Ende");
        File.WriteAllLines(path, lines);

        var report = await RejectedAsync(copy);

        Assert.Contains("organizations.csv, Zeile 4: Die Zeile hat", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_is_reported_with_its_line()
    {
        var file = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".json");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "{\n  \"id\": \"ac148810-d857-441c-9679-408f346de14b\",\n  \"name\": \"Kaputt\"\n  \"status\": \"active\"\n}");

        var report = await RejectedAsync(file);

        Assert.Contains("Zeile 4: Die Datei ist kein gültiges JSON", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_that_breaks_the_service_schema_is_reported_per_entry()
    {
        var file = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".json");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, """[{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Ohne Status", "minimum_age": "zwölf"}]""");

        var report = await RejectedAsync(file);

        Assert.Contains("Eintrag [0], Feld status: Ein Pflichtfeld fehlt (Required properties", report, StringComparison.Ordinal);
        Assert.Contains("Eintrag [0], Feld minimum_age: Der Wert hat die falsche Art", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var zip = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".zip");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            await using var entry = archive.CreateEntry("services.csv", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[64 * 1024];
            for (var i = 0; i < 32; i++)
                await entry.WriteAsync(zeros);
        }
        Assert.True(new FileInfo(zip).Length < 20_000);

        var report = await RejectedAsync(zip);

        Assert.Contains("würde ausgepackt 2 MB groß; erlaubt sind höchstens 0,2 MB", report.Replace('.', ','), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zip_with_too_many_entries_is_refused()
    {
        var zip = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".zip");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 101; i++)
                archive.CreateEntry($"leer-{i}.csv");
        }

        var report = await RejectedAsync(zip);

        Assert.Contains("enthält 101 Einträge; erlaubt sind höchstens 100", report, StringComparison.Ordinal);
    }
}
