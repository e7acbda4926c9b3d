using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>The JSON export of the demo directory: an array of fully nested services that validate, the same bytes every time.</summary>
public sealed class HsdsJsonExportTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>, IDisposable
{
    private readonly string _folder = HsdsCommandRunner.TempFolder();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> ExportAsync(string name)
    {
        var file = Path.Combine(_folder, name);
        var outcome = await HsdsCommandRunner.RunAsync(app.Factory, "export", "hsds-json", file);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        return file;
    }

    [Fact]
    public async Task Every_service_is_fully_nested_and_validates_against_the_service_schema()
    {
        var file = await ExportAsync("services.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));

        var services = document.RootElement.EnumerateArray().ToList();
        Assert.True(services.Count > 100);
        foreach (var service in services)
        {
            var errors = HsdsSchemas.Errors("service.json", service);
            Assert.True(errors.Count == 0, $"{service.GetProperty("id")}: {string.Join("; ", errors)}");
            Assert.Equal(service.GetProperty("organization_id").GetString(), service.GetProperty("organization").GetProperty("id").GetString());
        }
        // Nesting reaches every level somewhere in the demo directory.
        Assert.Contains(services, s => s.GetProperty("service_at_locations").EnumerateArray().Any(l => l.GetProperty("location").GetProperty("addresses").GetArrayLength() > 0));
        Assert.Contains(services, s => s.GetProperty("attributes").EnumerateArray().Any(a => a.GetProperty("taxonomy_term").GetProperty("taxonomy_detail").TryGetProperty("name", out _)));
        Assert.Contains(services, s => s.GetProperty("languages").GetArrayLength() > 0);
        Assert.Contains(services, s => s.GetProperty("schedules").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Exporting_twice_gives_byte_identical_files_and_no_partial_file_remains()
    {
        var first = await ExportAsync("a.json");
        var second = await ExportAsync("b.json");

        Assert.True(File.ReadAllBytes(first).SequenceEqual(File.ReadAllBytes(second)));
        Assert.Equal(["a.json", "b.json"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order());
    }
}
