using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>Upload of a filled-in template; the file is kept under a token and checked on the preview page, nothing is saved.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
// Room above the file limit for the form's own fields, so an oversized file still gets the German message.
[RequestSizeLimit(SpreadsheetReader.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = SpreadsheetReader.MaxFileBytes + 1024 * 1024)]
public sealed class IndexModel(LotseDbContext db, PendingImports pending, UploadScanner scanner, IStringLocalizer<SpreadsheetImportResource> text) : PageModel
{
    public const string Path = "/intern/import/tabelle";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (!scope.MayEdit)
            return Forbid();
        var format = Upload is null ? null : SpreadsheetReader.FormatOf(Upload.FileName);
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), text["File.Required"]);
        else if (format is null)
            ModelState.AddModelError(nameof(Upload), text["File.WrongType"]);
        else if (Upload.Length > SpreadsheetReader.MaxFileBytes)
            ModelState.AddModelError(nameof(Upload), text["File.TooLarge", SpreadsheetReader.MaxFileBytes / 1024 / 1024]);
        if (!ModelState.IsValid)
            return Invalid();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (await scanner.RefuseAsync(content, "spreadsheet-import", ModelState, nameof(Upload), cancellationToken) is { } refused)
            return Refused(refused);
        // The file's own structure is checked now, so a broken file is refused at once; the rows on the preview.
        var sheet = SpreadsheetReader.Read(content, format!.Value);
        if (sheet.ErrorKey is not null)
        {
            ModelState.AddModelError(nameof(Upload), text[sheet.ErrorKey, sheet.ErrorArgument ?? ""]);
            return Invalid();
        }
        var saved = await pending.SaveAsync(scope.UserId, Upload.FileName, format.Value, content, cancellationToken);
        return Redirect($"{Path}/{saved.Token}");
    }

    private PageResult Invalid() => Refused(StatusCodes.Status400BadRequest);

    private PageResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}
