using Lotse.Data;
using Lotse.Features.Editorial.Offers;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>An upload checked row by row, nothing saved: the preview, and what the confirmation saves.</summary>
public sealed record ImportCheck(string? FileError, IReadOnlyList<ImportRow> Rows)
{
    public int ValidCount => Rows.Count(r => r.IsValid);
    public int ErrorCount => Rows.Count(r => !r.IsValid);
    public int WarningCount => Rows.Count(r => r.IsValid && r.Warnings.Count > 0);
}

/// <summary>
/// Checks all rows of an upload for one caller: the offer form's rules and scope per row, then duplicate warnings
/// against the stored offers (<see cref="DuplicateFinder"/>) and between the file's own rows.
/// </summary>
public sealed class ImportChecker(
    LotseDbContext db,
    ImportRowValidator rows,
    IStringLocalizer<SpreadsheetImportResource> text)
{
    public async Task<ImportCheck> CheckAsync(byte[] content, SpreadsheetFormat format, EditorialScope scope, CancellationToken cancellationToken)
    {
        var sheet = SpreadsheetReader.Read(content, format);
        if (sheet.ErrorKey is not null)
            return new ImportCheck(text[sheet.ErrorKey, sheet.ErrorArgument ?? ""], []);

        var choices = await ImportChoices.LoadAsync(db, scope, cancellationToken);
        var checkedRows = sheet.Rows.Select(r => rows.Validate(r, choices)).ToList();
        foreach (var row in checkedRows.Where(r => r.IsValid && !scope.CanEdit(r.Snapshot!.OrganizationId, r.Snapshot.MunicipalityId)))
        {
            row.Errors.Add(text["Error.RowOutOfScope", row.Line]);
            row.Snapshot = null;
        }

        var keys = new List<(ImportRow Row, DuplicateKey Key)>();
        foreach (var row in checkedRows.Where(r => r.IsValid))
        {
            var addresses = row.Address is { } a ? new List<PostalAddress> { new(a.Street, a.PostalCode) } : [];
            var key = new DuplicateKey(null, row.Snapshot!.Name, addresses, row.Snapshot.MunicipalityId);
            foreach (var candidate in await DuplicateFinder.FindAsync(db, key, cancellationToken))
                row.Warnings.Add(text["Warning.Existing", row.Line, candidate.Name]);
            foreach (var earlier in keys.Where(k => DuplicateFinder.IsDuplicate(key, k.Key)))
                row.Warnings.Add(text["Warning.InFile", row.Line, earlier.Row.Line]);
            keys.Add((row, key));
        }
        return new ImportCheck(null, checkedRows);
    }
}
