using Lotse.Features.Operations.Commands;

namespace Lotse.Features.Operations.Backup;

/// <summary><c>backup &lt;Datei&gt;</c>: a consistent copy of the database and the documents, while Lotse keeps running.</summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            await console.Error.WriteLineAsync("Aufruf: backup <Datei.zip>  (sichert Datenbank und Dokumente in eine Datei)");
            return 2;
        }
        try
        {
            var manifest = await services.GetRequiredService<BackupService>().CreateAsync(args[0], CancellationToken.None);
            await console.Out.WriteLineAsync($"Sicherung geschrieben: {Path.GetFullPath(args[0])} ({manifest.Provider}, Datenbankstand {manifest.LastMigration}, {manifest.Files.Count} Dokumente).");
            return 0;
        }
        catch (BackupException ex)
        {
            await console.Error.WriteLineAsync("Fehler: " + ex.Message + " Es wurde keine Sicherung geschrieben.");
            return 1;
        }
    }
}
