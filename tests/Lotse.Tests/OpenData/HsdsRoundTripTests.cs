using System.Text.Json;
using System.Text.Json.Nodes;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.OpenData.Hsds;
using Lotse.Tests.OpenData.HsdsImport;

namespace Lotse.Tests.OpenData;

/// <summary>
/// Lotse's own HSDS export, imported into an instance that holds only reference data, reproduces the directory:
/// exporting that instance again gives the same files. What another portal or a second Lotse relies on.
/// </summary>
public sealed class HsdsRoundTripTests : IAsyncLifetime
{
    private readonly LotseAppFactory _source = new();
    private readonly LotseAppFactory _target = new(demoData: false);

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Exporting_what_an_empty_instance_imported_from_an_export_gives_identical_files()
    {
        var first = HsdsCommandRunner.TempFolder();
        var again = HsdsCommandRunner.TempFolder();
        Assert.Equal(0, (await HsdsCommandRunner.RunAsync(_source, "export", "hsds", first)).ExitCode);

        var (exitCode, output, error) = await _target.ImportAsync("hsds", first);
        Assert.True(exitCode == 0, output + error);
        Assert.Equal(0, (await HsdsCommandRunner.RunAsync(_target, "export", "hsds", again)).ExitCode);

        var files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(again).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.Contains("services.csv", files);
        foreach (var file in files)
        {
            // The metadata table is each instance's own change history: the import is new history there.
            if (file == "metadata.csv")
                continue;
            var expected = await File.ReadAllTextAsync(Path.Combine(first, file!));
            var actual = await File.ReadAllTextAsync(Path.Combine(again, file!));
            Assert.True(expected == actual, $"{file} differs after the round trip:\n{FirstDifference(expected, actual)}");
        }
        Assert.True(File.ReadAllLines(Path.Combine(first, "services.csv")).Length > 10, "the demo directory should travel, not an empty one");
    }

    [Fact]
    public async Task The_nested_json_export_survives_the_round_trip_too()
    {
        var first = Path.Combine(HsdsCommandRunner.TempFolder(), "lotse.json");
        var again = Path.Combine(HsdsCommandRunner.TempFolder(), "lotse.json");
        Assert.Equal(0, (await HsdsCommandRunner.RunAsync(_source, "export", "hsds-json", first)).ExitCode);

        var (exitCode, output, error) = await _target.ImportAsync("hsds", first);
        Assert.True(exitCode == 0, output + error);
        Assert.Equal(0, (await HsdsCommandRunner.RunAsync(_target, "export", "hsds-json", again)).ExitCode);

        var expected = WithoutMetadata(await File.ReadAllTextAsync(first));
        var actual = WithoutMetadata(await File.ReadAllTextAsync(again));
        Assert.True(expected == actual, "the JSON export differs after the round trip:\n" + FirstDifference(expected, actual));
    }

    /// <summary>The export without its nested <c>metadata</c> arrays: each instance's own change history (see above).</summary>
    private static string WithoutMetadata(string json)
    {
        var root = JsonNode.Parse(json)!;
        Strip(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    obj.Remove("metadata");
                    foreach (var (_, child) in obj)
                        Strip(child);
                    break;
                case JsonArray array:
                    foreach (var child in array)
                        Strip(child);
                    break;
            }
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(fehlt)";
            var right = i < b.Length ? b[i] : "(fehlt)";
            if (left != right)
                return $"line {i + 1}\n- {left}\n+ {right}";
        }
        return "(same lines)";
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }
}
