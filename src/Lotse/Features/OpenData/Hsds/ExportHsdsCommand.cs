using Lotse.Features.Operations.Commands;

namespace Lotse.Features.OpenData.Hsds;

/// <summary><c>export hsds &lt;folder&gt;</c>: the published directory as an HSDS 3.0 CSV datapackage.</summary>
public static class ExportHsdsCommand
{
    public const string Name = "export hsds";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await console.Error.WriteLineAsync("Aufruf: export hsds <Ordner>  (schreibt datapackage.json und je Tabelle eine CSV-Datei in den Ordner)");
            return 2;
        }
        var folder = Path.GetFullPath(args[0]);
        if (ExportTarget.CheckFolder(folder) is { } problem)
        {
            await console.Error.WriteLineAsync($"Fehler: In den Ordner „{folder}“ kann nicht geschrieben werden ({problem}). Es wurde nichts exportiert.");
            return 1;
        }

        var tables = await services.GetRequiredService<HsdsDirectoryReader>().ReadAsync(CancellationToken.None);
        var files = HsdsSpec.Current.Tables.Count + 1;
        try
        {
            await CommandProgress.RunAsync(console, "HSDS-Export (CSV)", files, async report =>
            {
                var written = 0;
                await HsdsCsvWriter.WriteAsync(tables, folder, file => report(++written, file), CancellationToken.None);
                return written;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Fehler: Der Export nach „{folder}“ ist abgebrochen ({ex.Message}). Die Dateien im Ordner sind unvollständig.");
            return 1;
        }
        await console.Out.WriteLineAsync(
            $"HSDS-Export fertig: {tables.Services.Count} Angebote, {tables.Organizations.Count} Organisationen, {tables.Locations.Count} Orte, " +
            $"{tables.TaxonomyTerms.Count} Begriffe in {files} Dateien in „{folder}“.");
        return 0;
    }
}
