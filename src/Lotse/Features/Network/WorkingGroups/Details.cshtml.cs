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

/// <summary>A working group with its members, meetings and action items; its own fields are changed here (ManageWorkbench).</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class DetailsModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<NetworkResource> text, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public WorkingGroupInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public WorkingGroupForm Form { get; private set; } = null!;
    public WorkingGroup Group { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public bool Conflict { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Input = WorkingGroupInput.Of(Group);
        Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        var group = await db.WorkingGroups.Include(g => g.Topics).FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
            return NotFound();
        Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Form.Validate(errors);
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            await LoadAsync(id, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await WorkingGroupForm.ApplyAsync(db, group, values, cancellationToken);
        db.Entry(group).Property(g => g.ConcurrencyStamp).OriginalValue = stamp.Value;
        // The topics are join rows: the stamp must change (and be checked) even if only they changed.
        db.Entry(group).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Input = WorkingGroupInput.Of(Group);
            Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { id, gespeichert = true });
    }

    /// <summary>Deletes the group with its members, meetings and action items (all loaded, so the change log names each).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!DeleteConfirmation.Check(confirmed, ModelState, text))
        {
            Input = WorkingGroupInput.Of(Group);
            Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var group = await db.WorkingGroups.AsSplitQuery().Include(g => g.Topics).Include(g => g.Members)
            .Include(g => g.Meetings).ThenInclude(m => m.Attendees).Include(g => g.ActionItems)
            .FirstAsync(g => g.Id == id, cancellationToken);
        db.Entry(group).Property(g => g.ConcurrencyStamp).OriginalValue = Guid.TryParse(Input.ConcurrencyStamp, out var stamp) ? stamp : Guid.Empty;
        db.ActionItems.RemoveRange(group.ActionItems);
        db.Meetings.RemoveRange(group.Meetings);
        db.WorkingGroupMembers.RemoveRange(group.Members);
        db.WorkingGroups.Remove(group);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Input = WorkingGroupInput.Of(Group);
            Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect("/intern/netzwerk/arbeitskreise");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        Today = CountyTime.Today(clock);
        var group = await db.WorkingGroups.AsNoTracking().AsSplitQuery()
            .Include(g => g.Municipality)
            .Include(g => g.Topics)
            .Include(g => g.Members).ThenInclude(m => m.Organization)
            .Include(g => g.Members).ThenInclude(m => m.Contact)
            .Include(g => g.Meetings).ThenInclude(m => m.Attendees)
            .Include(g => g.ActionItems).ThenInclude(a => a.OwnerMember!).ThenInclude(m => m.Organization)
            .FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
            return false;
        Group = group;
        return true;
    }
}
