using System.IO.Compression;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.OpenData.Hsds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Operations.Backup;

/// <summary>
/// <c>backup</c> while Lotse runs, <c>restore</c> in a process of its own (as the operator runs it, with Lotse
/// stopped): the restored installation holds exactly what the backed-up one held, database and documents.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BackupRestoreTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = HsdsCommandRunner.TempFolder();

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Sqlite_backup_restored_elsewhere_has_identical_content_and_documents()
    {
        using var app = new LotseAppFactory();
        var document = WriteDocument(app.DataDirectory, "dokumente/konzept-2011.pdf", "%PDF-1.4 Integrationskonzept");
        var before = await FingerprintAsync(app);
        var backup = Path.Combine(_folder, "sicherung.zip");
        System.IO.Directory.CreateDirectory(_folder);

        var made = await HsdsCommandRunner.RunAsync(app, "backup", backup);

        Assert.Equal(0, made.ExitCode);
        Assert.Contains("Sicherung geschrieben", made.Out);
        Assert.Empty(System.IO.Directory.GetFiles(_folder, "*.tmp"));
        // Changes after the backup must not survive the restore.
        await AddOrganizationAsync(app, "Nach der Sicherung e. V.");

        var target = Path.Combine(_folder, "wiederhergestellt");
        var stale = WriteDocument(target, "dokumente/nicht-in-der-sicherung.txt", "alt");
        var restored = await LotseProcess.RunAsync(SqliteSettings(target), "restore", backup, "--yes");

        Assert.True(restored.ExitCode == 0, restored.Error + restored.Output);
        Assert.Contains("Wiederhergestellt", restored.Output);
        await using var db = SqliteContext(target);
        Assert.Equal(before, await DatabaseFingerprint.ReadAsync(db));
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "Nach der Sicherung e. V."));
        Assert.Equal(await File.ReadAllBytesAsync(document), await File.ReadAllBytesAsync(Path.Combine(target, "dokumente/konzept-2011.pdf")));
        Assert.False(File.Exists(stale));
    }

    [SkippableFact]
    public async Task Postgres_backup_restored_into_another_database_has_identical_content()
    {
        using var app = (PostgresAppFactory)server.CreateApp(TestDatabase.Postgres);
        var before = await FingerprintAsync(app);
        System.IO.Directory.CreateDirectory(_folder);
        var backup = Path.Combine(_folder, "sicherung-pg.zip");

        var made = await HsdsCommandRunner.RunAsync(app, "backup", backup);
        Assert.True(made.ExitCode == 0, made.Error);

        var otherDatabase = server.CreateDatabase();
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["Lotse__DataDirectory"] = Path.Combine(_folder, "pg-daten"),
                ["Lotse__DemoData"] = "false",
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Lotse"] = otherDatabase,
            };
            var restored = await LotseProcess.RunAsync(settings, "restore", backup, "--yes");
            Assert.True(restored.ExitCode == 0, restored.Error + restored.Output);

            using var other = new PostgresAppFactory(server, demoData: false, connectionString: otherDatabase);
            Assert.Equal(before, await FingerprintAsync(other));
        }
        finally
        {
            server.DropDatabase(otherDatabase);
        }
    }

    [Fact]
    public async Task Restore_of_a_file_that_is_not_a_backup_changes_nothing()
    {
        var target = Path.Combine(_folder, "ziel");
        System.IO.Directory.CreateDirectory(_folder);
        var notZip = Path.Combine(_folder, "kaputt.zip");
        await File.WriteAllTextAsync(notZip, "keine Sicherung");
        var foreignZip = Path.Combine(_folder, "fremd.zip");
        using (var zip = ZipFile.Open(foreignZip, ZipArchiveMode.Create))
            zip.CreateEntry("irgendwas.txt");

        var first = await LotseProcess.RunAsync(SqliteSettings(target), "restore", notZip, "--yes");
        var second = await LotseProcess.RunAsync(SqliteSettings(target), "restore", foreignZip, "--yes");

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("kein lesbares ZIP-Archiv", first.Error);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("keine Lotse-Sicherung", second.Error);
        Assert.Contains("Es wurde nichts geändert", second.Error);
        await using var db = SqliteContext(target);
        Assert.Equal(19, await db.Municipalities.CountAsync());   // the reference data of the start is still there
    }

    [Fact]
    public async Task Restore_of_a_backup_with_a_damaged_database_is_refused()
    {
        using var app = new LotseAppFactory(demoData: false);
        System.IO.Directory.CreateDirectory(_folder);
        var backup = Path.Combine(_folder, "sicherung.zip");
        Assert.Equal(0, (await HsdsCommandRunner.RunAsync(app, "backup", backup)).ExitCode);
        using (var zip = ZipFile.Open(backup, ZipArchiveMode.Update))
        {
            zip.GetEntry("database.sqlite")!.Delete();
            using var entry = new StreamWriter(zip.CreateEntry("database.sqlite").Open());
            entry.Write("SQLite format 3\0" + new string('x', 4000));
        }
        var target = Path.Combine(_folder, "ziel");

        var restored = await LotseProcess.RunAsync(SqliteSettings(target), "restore", backup, "--yes");

        Assert.Equal(1, restored.ExitCode);
        Assert.Contains("Die Datenbank in der Sicherung", restored.Error);
        await using var db = SqliteContext(target);
        Assert.Equal(19, await db.Municipalities.CountAsync());
    }

    [Fact]
    public async Task Restore_without_confirmation_and_backup_into_a_missing_folder_are_refused()
    {
        using var app = new LotseAppFactory(demoData: false);

        var unconfirmed = await HsdsCommandRunner.RunAsync(app, "restore", Path.Combine(_folder, "x.zip"));
        var missingFolder = await HsdsCommandRunner.RunAsync(app, "backup", Path.Combine(_folder, "gibt-es-nicht", "s.zip"));
        var noFile = await HsdsCommandRunner.RunAsync(app, "backup");

        Assert.Equal(2, unconfirmed.ExitCode);
        Assert.Contains("--yes", unconfirmed.Error);
        Assert.Equal(1, missingFolder.ExitCode);
        Assert.Contains("existiert nicht", missingFolder.Error);
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains("Aufruf: backup", noFile.Error);
    }

    private static async Task<IReadOnlyList<string>> FingerprintAsync(LotseAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await DatabaseFingerprint.ReadAsync(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    private static async Task AddOrganizationAsync(LotseAppFactory app, string name)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        db.Organizations.Add(new Organization { Id = Guid.NewGuid(), Name = name });
        await db.SaveChangesAsync();
    }

    private static string WriteDocument(string dataDirectory, string relativePath, string content)
    {
        var path = Path.Combine(dataDirectory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static Dictionary<string, string> SqliteSettings(string dataDirectory) => new()
    {
        ["Lotse__DataDirectory"] = dataDirectory,
        ["Lotse__DemoData"] = "false",
    };

    private static LotseDbContext SqliteContext(string dataDirectory) =>
        new(new DbContextOptionsBuilder<LotseDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataDirectory, "lotse.db")};Pooling=False")
            .Options);
}
