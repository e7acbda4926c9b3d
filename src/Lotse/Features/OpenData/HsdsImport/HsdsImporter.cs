using Lotse.Data;
using Lotse.Features.Editorial.History;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.OpenData.HsdsImport;

/// <param name="DryRun">Check and report only; the changes are worked out and rolled back.</param>
/// <param name="AsDraft">New offers become drafts instead of being published.</param>
public sealed record HsdsImportOptions(bool DryRun = false, bool AsDraft = false);

/// <summary>Progress of one phase (<see cref="Read"/>, <see cref="Check"/>, <see cref="Apply"/>).</summary>
public sealed record ImportStep(string Phase, int Done, int Total)
{
    public const string Read = "Lesen";
    public const string Check = "Prüfen";
    public const string Apply = "Übernehmen";
}

/// <summary>The outcome: the report, what changed (null when invalid), and whether it was saved.</summary>
public sealed record HsdsImportResult(ImportReport Report, ImportSummary? Summary, bool Saved);

/// <summary>
/// An HSDS import from start to end: read (folder, .zip or JSON), check, and — only when there is no
/// error — map onto the directory in one transaction. Nothing is written when anything fails; the
/// search index follows the committed change log by itself.
/// </summary>
public static class HsdsImporter
{
    public static async Task<HsdsImportResult> RunAsync(string path, IServiceProvider services, HsdsImportOptions options,
        IProgress<ImportStep>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var limits = HsdsImportLimits.From(services.GetRequiredService<IConfiguration>());
        progress?.Report(new ImportStep(ImportStep.Read, 0, 1));
        var package = Read(path, limits, report);
        progress?.Report(new ImportStep(ImportStep.Read, 1, 1));
        if (package is null)
            return new HsdsImportResult(report, null, false);

        // Checked even after read errors, so one report names every problem.
        var db = services.GetRequiredService<LotseDbContext>();
        progress?.Report(new ImportStep(ImportStep.Check, 0, 1));
        var existing = await ExistingIds.LoadAsync(db, cancellationToken);
        PackageValidator.Validate(package, existing, report);
        progress?.Report(new ImportStep(ImportStep.Check, 1, 1));
        if (report.HasErrors)
            return new HsdsImportResult(report, null, false);

        services.GetRequiredService<ICurrentActor>().Set(null, $"HSDS-Import {package.SourceName}", ActorSources.Import);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await new HsdsApplier(db, package, existing, options, report, now, progress).ApplyAsync(cancellationToken);
                var summary = ImportSummary.From(db.ChangeTracker);
                if (options.DryRun || summary.IsEmpty)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return new HsdsImportResult(report, summary, false);
                }
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new HsdsImportResult(report, summary, true);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                report.Error(package.SourceName, null, null,
                    $"Beim Speichern ist ein Fehler aufgetreten; es wurde nichts geändert. ({(e.InnerException ?? e).Message})");
                return new HsdsImportResult(report, null, false);
            }
        });
    }

    private static HsdsPackage? Read(string path, HsdsImportLimits limits, ImportReport report)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (System.IO.Directory.Exists(path))
        {
            var files = PackageFiles.FromFolder(path, limits, report);
            return files is null ? null : CsvPackageReader.Read(files, name, limits, report);
        }
        if (!File.Exists(path))
        {
            report.Error(name, null, null, $"Die Datei oder der Ordner „{path}“ wurde nicht gefunden.");
            return null;
        }
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var files = PackageFiles.FromZip(path, limits, report);
            return files is null ? null : CsvPackageReader.Read(files, name, limits, report);
        }
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                report.Error(name, null, null, $"Die Datei ist zu groß ({PackageFiles.Megabytes(length)}; erlaubt sind höchstens {PackageFiles.Megabytes(limits.MaxFileBytes)}).");
                return null;
            }
            if (name.Equals(CsvPackageReader.DescriptorName, StringComparison.OrdinalIgnoreCase))
                return Read(Path.GetDirectoryName(Path.GetFullPath(path))!, limits, report);
            using var stream = File.OpenRead(path);
            return JsonPackageReader.Read(stream, name, limits, report);
        }
        report.Error(name, null, null, "Unbekanntes Format: erwartet wird ein Ordner mit datapackage.json, eine .zip-Datei oder eine .json-Datei (HSDS 3.0).");
        return null;
    }
}
