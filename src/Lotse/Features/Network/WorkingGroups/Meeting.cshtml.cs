using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>A meeting: agenda and minutes rendered, attendance; changed by those who manage the workbench.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class MeetingModel(LotseDbContext db, IStringLocalizer<NetworkResource> text, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<WorkingGroupMember> Members { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Input = MeetingInput.Of(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, Members.Select(m => m.Id).ToHashSet());
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var meeting = await db.Meetings.Include(m => m.Attendees).FirstAsync(m => m.Id == id, cancellationToken);
        var members = await db.WorkingGroupMembers.Where(m => m.WorkingGroupId == meeting.WorkingGroupId).ToListAsync(cancellationToken);
        MeetingInput.Apply(meeting, values, members);
        db.Entry(meeting).Property(m => m.ConcurrencyStamp).OriginalValue = stamp.Value;
        // Attendance is join rows: the stamp must change (and be checked) even if only it changed.
        db.Entry(meeting).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Input = MeetingInput.Of(Meeting);
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
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!DeleteConfirmation.Check(confirmed, ModelState, text))
        {
            Input = MeetingInput.Of(Meeting);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var meeting = await db.Meetings.Include(m => m.Attendees).FirstAsync(m => m.Id == id, cancellationToken);
        db.Entry(meeting).Property(m => m.ConcurrencyStamp).OriginalValue = Guid.TryParse(Input.ConcurrencyStamp, out var stamp) ? stamp : Guid.Empty;
        db.Meetings.Remove(meeting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Input = MeetingInput.Of(Meeting);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/intern/netzwerk/arbeitskreise/{meeting.WorkingGroupId}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.WorkingGroup).Include(m => m.Attendees)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
            return false;
        Meeting = meeting;
        Members = await db.WorkingGroupMembers.AsNoTracking().Include(m => m.Organization).Include(m => m.Contact)
            .Where(m => m.WorkingGroupId == meeting.WorkingGroupId).ToListAsync(cancellationToken);
        return true;
    }
}
