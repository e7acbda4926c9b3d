using Lotse.Features.Operations.Commands;

namespace Lotse.Features.OpenData.Hsds;

/// <summary><c>export hsds-json &lt;file&gt;</c>: all published services, fully nested, as one HSDS JSON file.</summary>
public static class ExportHsdsJsonCommand
{
    public const string Name = "export hsds-json";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await console.Error.WriteLineAsync("Aufruf: export hsds-json <Datei>  (schreibt alle veröffentlichten Angebote als HSDS-JSON in die Datei)");
            return 2;
        }
        var file = Path.GetFullPath(args[0]);
        if (System.IO.Directory.Exists(file))
        {
            await console.Error.WriteLineAsync($"Fehler: „{file}“ ist ein Ordner; bitte eine Datei angeben. Es wurde nichts exportiert.");
            return 1;
        }
        var folder = Path.GetDirectoryName(file)!;
        if (ExportTarget.CheckFolder(folder) is { } problem)
        {
            await console.Error.WriteLineAsync($"Fehler: In den Ordner „{folder}“ kann nicht geschrieben werden ({problem}). Es wurde nichts exportiert.");
            return 1;
        }

        var nesting = new HsdsNesting(await services.GetRequiredService<HsdsDirectoryReader>().ReadAsync(CancellationToken.None));
        var count = nesting.Tables.Services.Count;
        // Written beside the target and then moved over it: a failed export leaves an older file whole.
        var partial = file + ".teilweise";
        try
        {
            await CommandProgress.RunAsync(console, "HSDS-Export (JSON)", count, async report =>
            {
                await using (var stream = File.Create(partial))
                    await HsdsJsonWriter.WriteAsync(nesting, stream, done => report(done, null), CancellationToken.None);
                File.Move(partial, file, overwrite: true);
                return count;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            await console.Error.WriteLineAsync($"Fehler: Der Export nach „{file}“ ist abgebrochen ({ex.Message}). Es wurde nichts geschrieben.");
            return 1;
        }
        await console.Out.WriteLineAsync($"HSDS-Export fertig: {count} Angebote in „{file}“.");
        return 0;
    }
}
