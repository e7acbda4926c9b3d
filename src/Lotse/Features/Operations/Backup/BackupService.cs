using System.IO.Compression;
using Lotse.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Operations.Backup;

/// <summary>
/// A backup is one .zip: <c>manifest.json</c>, the database (SQLite copy or pg_dump file) and the data folder's
/// documents. It is written under a temporary name and renamed when complete, so a crash never leaves a file that
/// looks like a finished backup. A restore checks everything before it changes anything.
/// </summary>
public sealed class BackupService(LotseDbContext db, DatabaseSettings database, IOptions<LotseOptions> options, IConfiguration configuration, TimeProvider clock)
{
    private string DataDirectory => options.Value.ResolvedDataDirectory;

    public async Task<BackupManifest> CreateAsync(string targetFile, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(targetFile);
        var folder = Path.GetDirectoryName(target)!;
        if (!System.IO.Directory.Exists(folder))
            throw new BackupException($"Der Ordner „{folder}“ existiert nicht.");
        var work = System.IO.Directory.CreateTempSubdirectory("lotse-backup-");
        var partial = target + $".{Guid.NewGuid():N}.tmp";
        try
        {
            var databaseEntry = database.Provider == DatabaseProvider.Postgres ? "database.pgdump" : "database.sqlite";
            var dump = Path.Combine(work.FullName, databaseEntry);
            if (database.Provider == DatabaseProvider.Postgres)
                await Postgres().DumpAsync(dump, cancellationToken);
            else
                SqliteDump.Copy(db.Database.GetConnectionString()!, dump);

            var files = DataFolderFiles.List(DataDirectory);
            var manifest = new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentVersion, clock.GetUtcNow().UtcDateTime,
                database.Provider, (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault(), databaseEntry, files);

            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                await using (var entry = zip.CreateEntry(BackupManifest.FileName).Open())
                await using (var writer = new StreamWriter(entry))
                    await writer.WriteAsync(manifest.ToJson());
                zip.CreateEntryFromFile(dump, databaseEntry, CompressionLevel.Optimal);
                foreach (var file in files)
                    zip.CreateEntryFromFile(Path.Combine(DataDirectory, file), "files/" + file, CompressionLevel.Optimal);
            }
            File.Move(partial, target, overwrite: true);
            return manifest;
        }
        catch (IOException ex)
        {
            throw new BackupException($"Die Sicherung konnte nicht geschrieben werden ({ex.Message}).");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new BackupException($"Die Sicherung konnte nicht geschrieben werden ({ex.Message}).");
        }
        finally
        {
            TryDelete(partial);
            work.Delete(recursive: true);
        }
    }

    /// <summary>Replaces the database and the documents with the backup's; checks the whole archive first.</summary>
    public async Task<BackupManifest> RestoreAsync(string backupFile, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(backupFile);
        if (!File.Exists(source))
            throw new BackupException($"Die Datei „{source}“ gibt es nicht.");
        var work = System.IO.Directory.CreateTempSubdirectory("lotse-restore-");
        try
        {
            var manifest = Unpack(source, work.FullName);
            if (manifest.Provider != database.Provider)
                throw new BackupException($"Die Sicherung stammt aus einer {manifest.Provider}-Datenbank, eingestellt ist {database.Provider}. Stellen Sie sie mit derselben Datenbankart wieder her (oder übertragen Sie die Daten mit export/import hsds).");
            if (manifest.LastMigration is { } migration && !db.Database.GetMigrations().Contains(migration))
                throw new BackupException($"Die Sicherung stammt von einer neueren Lotse-Version (Datenbankstand {migration}). Installieren Sie mindestens diese Version und stellen Sie dann wieder her.");
            var dump = Path.Combine(work.FullName, manifest.DatabaseEntry);
            if (database.Provider == DatabaseProvider.Sqlite && SqliteDump.Check(dump) is { } problem)
                throw new BackupException(problem);

            // Checked: now change. The database first (atomic on both providers), then the documents.
            if (database.Provider == DatabaseProvider.Postgres)
                await Postgres().RestoreAsync(dump, cancellationToken);
            else
                SqliteDump.Restore(dump, db.Database.GetConnectionString()!);
            await db.Database.MigrateAsync(cancellationToken);   // a backup of an older version is brought up to date
            ReplaceFiles(Path.Combine(work.FullName, "files"), manifest.Files);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static BackupManifest Unpack(string source, string folder)
    {
        try
        {
            using var zip = ZipFile.OpenRead(source);
            var manifestEntry = zip.GetEntry(BackupManifest.FileName)
                ?? throw new BackupException("Die Datei ist keine Lotse-Sicherung (manifest.json fehlt).");
            string json;
            using (var reader = new StreamReader(manifestEntry.Open()))
                json = reader.ReadToEnd();
            var manifest = BackupManifest.FromJson(json) ?? throw new BackupException("Die Datei ist keine Lotse-Sicherung (manifest.json ist nicht lesbar).");
            if (manifest.Version > BackupManifest.CurrentVersion)
                throw new BackupException($"Die Sicherung hat das Format {manifest.Version}; diese Lotse-Version kennt bis {BackupManifest.CurrentVersion}.");
            var expected = new List<string> { manifest.DatabaseEntry };
            expected.AddRange(manifest.Files.Select(f => "files/" + f));
            foreach (var name in expected)
            {
                // Names come from the archive: only plain relative paths inside the work folder.
                if (name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name) || (name.StartsWith("files/", StringComparison.Ordinal) && !DataFolderFiles.Included(name["files/".Length..])))
                    throw new BackupException($"Die Sicherung enthält einen unzulässigen Dateinamen: „{name}“.");
                var entry = zip.GetEntry(name) ?? throw new BackupException($"Die Sicherung ist unvollständig: „{name}“ fehlt.");
                var path = Path.Combine(folder, name);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path);
            }
            return manifest;
        }
        catch (InvalidDataException ex)
        {
            throw new BackupException($"Die Datei ist kein lesbares ZIP-Archiv ({ex.Message}).");
        }
    }

    private void ReplaceFiles(string unpacked, IReadOnlyList<string> files)
    {
        foreach (var stale in DataFolderFiles.List(DataDirectory).Except(files, StringComparer.Ordinal))
            File.Delete(Path.Combine(DataDirectory, stale));
        foreach (var file in files)
        {
            var target = Path.Combine(DataDirectory, file);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(unpacked, file), target, overwrite: true);
        }
    }

    private PostgresDump Postgres() => new(database.ConnectionString!, configuration["Lotse:Backup:PostgresBinDirectory"]);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
