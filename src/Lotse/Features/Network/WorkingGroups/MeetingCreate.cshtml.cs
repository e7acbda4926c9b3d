using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class MeetingCreateModel(LotseDbContext db, IStringLocalizer<NetworkResource> text) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public WorkingGroup Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ModelState.Clear();
        var values = Input.Validate(new FormErrors(ModelState, text), Group.Members.Select(m => m.Id).ToHashSet());
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var members = await db.WorkingGroupMembers.Where(m => m.WorkingGroupId == id).ToListAsync(cancellationToken);
        var meeting = new Meeting { Id = Guid.NewGuid(), WorkingGroupId = id };
        MeetingInput.Apply(meeting, values, members);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/netzwerk/sitzungen/{meeting.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var group = await db.WorkingGroups.AsNoTracking()
            .Include(g => g.Members).ThenInclude(m => m.Organization)
            .Include(g => g.Members).ThenInclude(m => m.Contact)
            .FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        Group = group!;
        return group is not null;
    }
}
