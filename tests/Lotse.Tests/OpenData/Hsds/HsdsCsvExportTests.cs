using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Lotse.Features.OpenData.Hsds;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>The CSV datapackage of the demo directory: the specification's files and columns, valid rows, the same bytes every time.</summary>
public sealed class HsdsCsvExportTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>, IDisposable
{
    private readonly string _folder = HsdsCommandRunner.TempFolder();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> ExportAsync(string name)
    {
        var folder = Path.Combine(_folder, name);
        var outcome = await HsdsCommandRunner.RunAsync(app.Factory, "export", "hsds", folder);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("HSDS-Export fertig", outcome.Out);
        return folder;
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        return rows;
    }

    [Fact]
    public async Task Writes_the_datapackage_and_one_csv_per_resource_with_exactly_its_columns()
    {
        var folder = await ExportAsync("a");

        var expected = HsdsSpec.Current.Tables.Select(r => r.Path).Append("datapackage.json").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(HsdsSpec.DatapackagePath), File.ReadAllBytes(Path.Combine(folder, "datapackage.json")));
        foreach (var resource in HsdsSpec.Current.Tables)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, resource.Path));
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{resource.Path} has a BOM");
            Assert.Equal(string.Join(',', resource.Fields.Select(f => f.Name)) + "\r\n", Encoding.UTF8.GetString(bytes).Split('\n')[0] + "\n");
        }
        Assert.True(ReadCsv(Path.Combine(folder, "services.csv")).Count > 100);
    }

    [Fact]
    public async Task Every_row_validates_against_its_schema_and_every_reference_resolves()
    {
        var folder = await ExportAsync("b");
        var ids = new Dictionary<string, HashSet<string>>();
        var tables = HsdsSpec.Current.Tables.ToDictionary(r => r.Name, r => ReadCsv(Path.Combine(folder, r.Path)).Skip(1).ToList());

        foreach (var resource in HsdsSpec.Current.Tables)
        {
            ids[resource.Name] = [];
            foreach (var cells in tables[resource.Name])
            {
                Assert.Equal(resource.Fields.Count, cells.Length);
                var row = HsdsSchemas.TypedRow(resource, cells);
                var errors = HsdsSchemas.Errors(resource.Name + ".json", row);
                Assert.True(errors.Count == 0, $"{resource.Path} {row}: {string.Join("; ", errors)}");
                Assert.True(ids[resource.Name].Add(cells[0]), $"{resource.Path}: id {cells[0]} twice");
            }
        }

        // Lotse's own export has no dangling references (unlike the specification's examples).
        using var package = JsonDocument.Parse(File.ReadAllBytes(HsdsSpec.DatapackagePath));
        foreach (var resource in package.RootElement.GetProperty("resources").EnumerateArray())
        {
            var spec = HsdsSpec.Current.Tables.Single(r => r.Name == resource.GetProperty("name").GetString());
            if (!resource.GetProperty("schema").TryGetProperty("foreignKeys", out var keys))
                continue;
            foreach (var key in keys.EnumerateArray())
            {
                var column = spec.Fields.ToList().FindIndex(f => f.Name == key.GetProperty("fields").GetString());
                var target = key.GetProperty("reference").GetProperty("resource").GetString()!;
                foreach (var cells in tables[spec.Name].Where(c => c[column].Length > 0))
                    Assert.True(ids[target].Contains(cells[column]), $"{spec.Path}: {key.GetProperty("fields")} {cells[column]} not in {target}");
            }
        }
        var attributes = tables["attribute"];
        Assert.All(attributes, a => Assert.Contains(a[1], ids["service"]));
    }

    [Fact]
    public async Task Exporting_twice_gives_byte_identical_files()
    {
        var first = await ExportAsync("c1");
        var second = await ExportAsync("c2");

        foreach (var file in Directory.GetFiles(first))
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file)))), Path.GetFileName(file));
    }
}
