using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Levy;

/// <summary>Levy bases from a CSV or XLSX file: all rows checked first, saved all together only when every row is valid.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
[RequestSizeLimit(LevyImport.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = LevyImport.MaxFileBytes + 1024 * 1024)]
public sealed class ImportModel(LotseDbContext db, TimeProvider clock, UploadScanner scanner, IStringLocalizer<LevyResource> text) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<LevyImportRow> Imported { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var extension = Upload is null ? "" : System.IO.Path.GetExtension(Upload.FileName).ToLowerInvariant();
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), text["Import.Required"]);
        else if (extension is not (".csv" or ".xlsx"))
            ModelState.AddModelError(nameof(Upload), text["Import.WrongType"]);
        else if (Upload.Length > LevyImport.MaxFileBytes)
            ModelState.AddModelError(nameof(Upload), text["Import.TooLarge", LevyImport.MaxFileBytes / 1024]);
        if (!ModelState.IsValid)
            return Invalid();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (await scanner.RefuseAsync(content, "levy-import", ModelState, nameof(Upload), cancellationToken) is { } refused)
            return Refused(refused);
        var municipalities = (await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Code, m.Name }).ToListAsync(cancellationToken))
            .Select(m => (m.Id, m.Code, m.Name)).ToList();
        var result = LevyImport.Read(Upload.FileName, content, municipalities, text);
        if (result.Errors.Count > 0)
        {
            Errors = result.Errors;
            ModelState.AddModelError(nameof(Upload), text["Import.HasErrors", result.Errors.Count]);
            return Invalid();
        }

        var years = result.Rows.Select(r => r.Year).Distinct().ToList();
        var stored = await db.LevyBases.Where(b => years.Contains(b.Year)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in result.Rows)
        {
            var existing = stored.FirstOrDefault(b => b.MunicipalityId == row.MunicipalityId && b.Year == row.Year);
            if (existing is null)
                db.LevyBases.Add(new LevyBase { Id = Guid.NewGuid(), MunicipalityId = row.MunicipalityId, Year = row.Year, Amount = row.Amount, LastModified = now });
            else
                (existing.Amount, existing.IsExample, existing.LastModified) = (row.Amount, false, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        Imported = result.Rows;
        return Page();
    }

    private PageResult Invalid() => Refused(StatusCodes.Status400BadRequest);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
