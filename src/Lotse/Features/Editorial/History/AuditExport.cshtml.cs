using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.History;

/// <summary>The (filtered) audit log as HSDS metadata, CSV or JSON, streamed row by row.</summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class AuditExportModel(LotseDbContext db, IStringLocalizer<HistoryResource> text) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var filter = AuditFilter.Parse(Request.Query, text);
        var errors = filter.Errors.Values.ToList();
        if (format is not ("csv" or "json"))
            errors.Insert(0, text["Export.BadFormat"]);
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var rows = filter.Apply(scope.Readable(db.AuditEntries, db.Offers).AsNoTracking()).AsAsyncEnumerable();
        var fileName = $"metadata-{DateTime.UtcNow:yyyyMMdd-HHmmss}.{format}";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            await WriteCsvAsync(rows, Response.Body, cancellationToken);
        }
        else
        {
            Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(Response.Body, Records(rows, cancellationToken), cancellationToken: cancellationToken);
        }
        return new EmptyResult();
    }

    public static async Task WriteCsvAsync(IAsyncEnumerable<AuditEntry> rows, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(false), leaveOpen: true);
        // Values typed by editors end up in spreadsheets: a cell starting with = + - @ is escaped, not run as a formula.
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        csv.WriteHeader<HsdsMetadataRecord>();
        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteRecord(HsdsMetadataRecord.From(row));
            await csv.NextRecordAsync();
        }
    }

    private static async IAsyncEnumerable<HsdsMetadataRecord> Records(IAsyncEnumerable<AuditEntry> rows,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
            yield return HsdsMetadataRecord.From(row);
    }
}
