using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning;

/// <summary>
/// Base of the concept, council, participation and application pages: reading needs ViewWorkbench (on the
/// page class), every change ManageWorkbench, checked per handler because Razor Pages ignore [Authorize] on handlers.
/// </summary>
public abstract class WorkbenchPage(IAuthorizationService authorization, IStringLocalizer<PlanningResource> text) : PageModel
{
    protected IStringLocalizer<PlanningResource> Text { get; } = text;
    public bool MayManage { get; private set; }

    protected async Task<bool> LoadRightsAsync()
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return MayManage;
    }

    protected FormErrors Errors() => new(ModelState, Text);

    /// <summary>Re-render the form with status 400 and the messages.</summary>
    protected PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Someone saved first: status 409 and a message; the caller shows the stored version.</summary>
    protected void MarkConflict()
    {
        ModelState.Clear();
        ModelState.AddModelError("", Text["Validation.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
    }
}
