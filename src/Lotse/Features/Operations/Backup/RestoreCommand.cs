using Lotse.Features.Operations.Commands;
using Lotse.Features.Search;
using Lotse.Features.Search.Indexing;

namespace Lotse.Features.Operations.Backup;

/// <summary>
/// <c>restore &lt;Datei&gt; [--yes]</c>: replaces the database and the documents with a backup's. Run it while Lotse
/// is stopped (on every node): it refuses when a running instance holds the search index. The index is removed
/// afterwards and rebuilt from the restored database at the next start.
/// </summary>
public static class RestoreCommand
{
    public const string Name = "restore";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        var confirmed = args.Contains("--yes", StringComparer.Ordinal);
        var files = args.Where(a => a != "--yes").ToList();
        if (files.Count != 1 || files[0].StartsWith('-'))
        {
            await console.Error.WriteLineAsync("Aufruf: restore <Datei.zip> [--yes]  (ersetzt Datenbank und Dokumente durch die Sicherung)");
            return 2;
        }
        var index = services.GetRequiredService<SearchIndex>();
        if (!index.IsReady && ReindexCommand.IsLockedElsewhere(index.Path))
        {
            await console.Error.WriteLineAsync("Fehler: Lotse läuft noch (der Suchindex ist in Benutzung). Beenden Sie die Anwendung auf allen Servern und rufen Sie restore dann noch einmal auf. Es wurde nichts geändert.");
            return 1;
        }
        if (!confirmed)
        {
            if (!console.IsInteractive)
            {
                await console.Error.WriteLineAsync("Fehler: restore ersetzt alle Daten. Bestätigen Sie das mit --yes. Es wurde nichts geändert.");
                return 2;
            }
            await console.Out.WriteAsync("restore ersetzt alle Daten dieser Lotse-Installation durch die Sicherung. Fortfahren? (ja/nein) ");
            if (!string.Equals(console.In.ReadLine()?.Trim(), "ja", StringComparison.OrdinalIgnoreCase))
            {
                await console.Out.WriteLineAsync("Abgebrochen. Es wurde nichts geändert.");
                return 1;
            }
        }
        try
        {
            var manifest = await services.GetRequiredService<BackupService>().RestoreAsync(files[0], CancellationToken.None);
            if (System.IO.Directory.Exists(index.Path))
                System.IO.Directory.Delete(index.Path, recursive: true);
            await console.Out.WriteLineAsync($"Wiederhergestellt: Sicherung vom {manifest.CreatedAt:dd.MM.yyyy HH:mm} UTC ({manifest.Files.Count} Dokumente). Der Suchindex wird beim nächsten Start neu aufgebaut.");
            return 0;
        }
        catch (BackupException ex)
        {
            await console.Error.WriteLineAsync("Fehler: " + ex.Message + " Es wurde nichts geändert.");
            return 1;
        }
    }
}
