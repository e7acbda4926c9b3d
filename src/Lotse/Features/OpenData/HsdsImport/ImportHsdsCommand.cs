using Lotse.Features.Operations.Commands;
using Spectre.Console;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// <c>import hsds &lt;folder|file&gt; [--dry-run] [--as-draft]</c>: imports an HSDS 3.0 datapackage (folder or .zip)
/// or HSDS JSON. Exit code 0 when imported (or, with --dry-run, importable), 1 when the data is invalid
/// or could not be saved (nothing written), 2 for a wrong call.
/// </summary>
public static class ImportHsdsCommand
{
    public const string Name = "import";

    private const string Usage =
        "Aufruf: import hsds <Ordner|Datei.zip|Datei.json> [--dry-run] [--as-draft]\n" +
        "  --dry-run   nur prüfen und berichten, nichts speichern\n" +
        "  --as-draft  neue Angebote als Entwurf anlegen statt sie zu veröffentlichen";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (args.Length < 2 || args[0] != "hsds")
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var paths = args[1..].Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args[1..].Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--dry-run" or "--as-draft")).ToList();
        if (paths.Count != 1 || unknown.Count > 0)
        {
            if (unknown.Count > 0)
                await console.Error.WriteLineAsync($"Unbekannte Option: {string.Join(", ", unknown)}");
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var options = new HsdsImportOptions(DryRun: args.Contains("--dry-run"), AsDraft: args.Contains("--as-draft"));
        var result = console.IsInteractive
            ? await WithProgressBarsAsync(paths[0], services, options, console)
            : await HsdsImporter.RunAsync(paths[0], services, options, new LineProgress(console.Out));
        await PrintAsync(result, options, console);
        return result.Report.HasErrors ? 1 : 0;
    }

    private static async Task<HsdsImportResult> WithProgressBarsAsync(string path, IServiceProvider services, HsdsImportOptions options, CommandConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        return await terminal.Progress().StartAsync(async context =>
        {
            var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
            var progress = new Progress<ImportStep>(step =>
            {
                if (!tasks.TryGetValue(step.Phase, out var task))
                    tasks[step.Phase] = task = context.AddTask(step.Phase);
                task.MaxValue = Math.Max(1, step.Total);
                task.Value = step.Done;
            });
            return await HsdsImporter.RunAsync(path, services, options, progress);
        });
    }

    private static async Task PrintAsync(HsdsImportResult result, HsdsImportOptions options, CommandConsole console)
    {
        var errors = result.Report.Errors.ToList();
        var warnings = result.Report.Warnings.ToList();
        foreach (var error in errors)
            await console.Error.WriteLineAsync($"Fehler: {error}");
        foreach (var warning in warnings)
            await console.Out.WriteLineAsync($"Hinweis: {warning}");
        if (errors.Count > 0)
        {
            await console.Error.WriteLineAsync($"{errors.Count} Fehler, {warnings.Count} Hinweise. Es wurde nichts geändert.");
            return;
        }
        if (result.Summary is { } summary)
        {
            foreach (var line in summary.Lines())
                await console.Out.WriteLineAsync(line);
        }
        var outcome = options.DryRun ? "Prüflauf: Die Daten sind gültig; es wurde nichts gespeichert."
            : result.Saved ? "Der Import ist gespeichert."
            : "Die Daten stimmen schon mit Lotse überein; es wurde nichts geändert.";
        await console.Out.WriteLineAsync($"{warnings.Count} Hinweise. {outcome}");
    }

    /// <summary>Without a terminal: one line per phase, and for long phases every tenth of the way.</summary>
    private sealed class LineProgress(TextWriter output) : IProgress<ImportStep>
    {
        private string? _phase;
        private int _lastTenth = -1;

        public void Report(ImportStep value)
        {
            if (value.Phase != _phase)
            {
                _phase = value.Phase;
                _lastTenth = -1;
                output.WriteLine($"{value.Phase} …");
            }
            if (value.Total < 100)
                return;
            var tenth = value.Done * 10 / value.Total;
            if (tenth == _lastTenth)
                return;
            _lastTenth = tenth;
            output.WriteLine($"{value.Phase}: {value.Done} von {value.Total}");
        }
    }
}
