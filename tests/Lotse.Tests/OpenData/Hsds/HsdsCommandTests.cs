using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>The operator commands' answers to mistakes, and reindex.</summary>
public sealed class HsdsCommandTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>, IDisposable
{
    private readonly string _folder = HsdsCommandRunner.TempFolder();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("export", "hsds")]
    [InlineData("export", "hsds-json")]
    public async Task A_missing_argument_is_refused_with_usage_and_exit_code_2(params string[] args)
    {
        var outcome = await HsdsCommandRunner.RunAsync(app.Factory, args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("Aufruf: " + string.Join(' ', args), outcome.Error);
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused_instead_of_starting_the_web_host()
    {
        var outcome = await HsdsCommandRunner.RunAsync(app.Factory, "export", "xml", "x");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unbekannter Befehl „export xml“", outcome.Error);
        Assert.Contains("export hsds-json", outcome.Error);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_fails_with_a_german_message_and_writes_nothing()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "eine-datei");
        await File.WriteAllTextAsync(blocker, "x");

        var csv = await HsdsCommandRunner.RunAsync(app.Factory, "export", "hsds", Path.Combine(blocker, "export"));
        var json = await HsdsCommandRunner.RunAsync(app.Factory, "export", "hsds-json", Path.Combine(blocker, "services.json"));

        Assert.Equal(1, csv.ExitCode);
        Assert.Contains("kann nicht geschrieben werden", csv.Error);
        Assert.Equal(1, json.ExitCode);
        Assert.Contains("kann nicht geschrieben werden", json.Error);
        Assert.Equal([blocker], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_and_the_search_finds_the_same_afterwards()
    {
        var before = await app.Client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Sprachkurs&pageSize=1");

        var outcome = await HsdsCommandRunner.RunAsync(app.Factory, "reindex");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("Suchindex neu aufgebaut", outcome.Out);
        var after = await app.Client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Sprachkurs&pageSize=1");
        Assert.Equal(before.GetProperty("total").GetInt32(), after.GetProperty("total").GetInt32());
        Assert.True(after.GetProperty("total").GetInt32() > 0);
        Assert.Equal(2, (await HsdsCommandRunner.RunAsync(app.Factory, "reindex", "jetzt")).ExitCode);
    }
}
