using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>
/// One upload of the caller's: the preview with per-row errors and duplicate warnings (nothing saved), the
/// confirmation that saves every valid row at once, and afterwards the outcome. Another account's upload is 403.
/// </summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class PreviewModel(
    LotseDbContext db,
    PendingImports pending,
    ImportChecker checker,
    ImportSaver saver,
    IStringLocalizer<SpreadsheetImportResource> text) : PageModel
{
    public const string Draft = "entwurf";
    public const string Published = "veroeffentlicht";

    public string Token { get; private set; } = "";
    public PendingImport? Upload { get; private set; }
    public ImportCheck? Check { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public bool MayPublish { get; private set; }

    [BindProperty]
    public string? SaveAs { get; set; } = Draft;

    [BindProperty]
    public bool SkipDuplicates { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var (scope, denied) = await LoadAsync(token, cancellationToken);
        if (denied is not null)
            return denied;
        if (Outcome is not null)
            return Page();
        await CheckAsync(scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var (scope, denied) = await LoadAsync(token, cancellationToken);
        if (denied is not null)
            return denied;
        if (Outcome is not null)
            return Redirect($"{IndexModel.Path}/{Token}");
        var content = await CheckAsync(scope, cancellationToken);
        var check = Check!;
        var publish = SaveAs == Published;
        if (SaveAs is not (Draft or Published))
            ModelState.AddModelError(nameof(SaveAs), text["Preview.SaveAsRequired"]);
        else if (publish && !MayPublish)
            ModelState.AddModelError(nameof(SaveAs), text["Preview.PublishNotAllowed"]);
        if (content is null || check.ValidCount == 0)
            ModelState.AddModelError(nameof(SaveAs), text["Preview.NoValidRows"]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await saver.SaveAsync(check, scope, publish, SkipDuplicates, cancellationToken);
        await pending.CompleteAsync(Token, outcome, cancellationToken);
        return Redirect($"{IndexModel.Path}/{Token}");
    }

    private async Task<(EditorialScope Scope, IActionResult? Denied)> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        Token = token;
        Upload = await pending.FindAsync(token, cancellationToken);
        if (Upload is null)
            return (scope, NotFound());
        if (Upload.UserId != scope.UserId || !scope.MayEdit)
            return (scope, Forbid());
        Outcome = await pending.OutcomeAsync(token, cancellationToken);
        return (scope, null);
    }

    private async Task<byte[]?> CheckAsync(EditorialScope scope, CancellationToken cancellationToken)
    {
        var content = await pending.ContentAsync(Token, cancellationToken);
        Check = content is null
            ? new ImportCheck(text["File.Gone"], [])
            : await checker.CheckAsync(content, Upload!.Format, scope, cancellationToken);
        MayPublish = ImportSaver.MayPublish(scope, Check.Rows);
        return content;
    }
}
