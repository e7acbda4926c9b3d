using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>An action item: shown to readers, changed (e.g. marked done) by those who manage the workbench.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class ActionItemEditModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<NetworkResource> text, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public ActionItemInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public string GroupName { get; private set; } = "";
    public Guid GroupId { get; private set; }
    public IReadOnlyList<SelectOption> Owners { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool Conflict { get; private set; }
    public bool Overdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await LoadAsync(id, cancellationToken);
        if (item is null)
            return NotFound();
        Input = ActionItemInput.Of(item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        if (await LoadAsync(id, cancellationToken) is null)
            return NotFound();
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, Owners.Select(o => Guid.Parse(o.Value)).ToHashSet());
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var item = await db.ActionItems.FirstAsync(a => a.Id == id, cancellationToken);
        values.ApplyTo(item);
        db.Entry(item).Property(a => a.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Input = ActionItemInput.Of((await LoadAsync(id, cancellationToken))!);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { id, gespeichert = true });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        if (await LoadAsync(id, cancellationToken) is not { } loaded)
            return NotFound();
        if (!DeleteConfirmation.Check(confirmed, ModelState, text))
        {
            Input = ActionItemInput.Of(loaded);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var item = await db.ActionItems.FirstAsync(a => a.Id == id, cancellationToken);
        db.Entry(item).Property(a => a.ConcurrencyStamp).OriginalValue = Guid.TryParse(Input.ConcurrencyStamp, out var stamp) ? stamp : Guid.Empty;
        db.ActionItems.Remove(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Input = ActionItemInput.Of((await LoadAsync(id, cancellationToken))!);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/intern/netzwerk/arbeitskreise/{item.WorkingGroupId}");
    }

    private async Task<ActionItem?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        var item = await db.ActionItems.AsNoTracking().Include(a => a.WorkingGroup).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (item is null)
            return null;
        (GroupId, GroupName) = (item.WorkingGroupId, item.WorkingGroup.Name);
        Owners = await ActionItemForm.OwnersAsync(db, item.WorkingGroupId, cancellationToken);
        Overdue = item.IsOverdue(CountyTime.Today(clock));
        return item;
    }
}
