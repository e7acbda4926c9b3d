using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.HsdsImport;

/// <summary>Exit codes of <c>import hsds</c>: 0 imported, 1 invalid data (nothing written), 2 wrong call.</summary>
public sealed class HsdsImportCommandTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData]
    [InlineData("hsds")]
    [InlineData("xlsx", "datei.xlsx")]
    [InlineData("hsds", "a", "b")]
    [InlineData("hsds", "ordner", "--schnell")]
    public async Task A_wrong_call_answers_2_with_the_usage(params string[] args)
    {
        var (exitCode, _, error) = await _factory.ImportAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("Aufruf: import hsds <Ordner|Datei.zip|Datei.json>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_answers_1_in_German()
    {
        var (exitCode, _, error) = await _factory.ImportAsync("hsds", "/gibt/es/nicht");

        Assert.Equal(1, exitCode);
        Assert.Contains("wurde nicht gefunden", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_another_format_answers_1()
    {
        var file = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N") + ".xlsx");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "x");

        var (exitCode, _, error) = await _factory.ImportAsync("hsds", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("Unbekanntes Format", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_data_answers_0_and_prints_progress_lines_without_a_terminal()
    {
        var (exitCode, output, _) = await _factory.ImportAsync("hsds", HsdsImportTestData.Musterstadt);

        Assert.Equal(0, exitCode);
        Assert.Contains("Lesen …", output, StringComparison.Ordinal);
        Assert.Contains("Prüfen …", output, StringComparison.Ordinal);
        Assert.Contains("Übernehmen …", output, StringComparison.Ordinal);
    }
}
