using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The members of a working group: actors, optionally through a contact person of theirs, with a role.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class MembersModel(LotseDbContext db, IStringLocalizer<NetworkResource> text, IAuthorizationService authorization) : PageModel
{
    public sealed class MemberInput
    {
        public string? Organization { get; set; }
        public string? Contact { get; set; }
        public string? Role { get; set; }
    }

    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public WorkingGroup Group { get; private set; } = null!;
    public IReadOnlyList<SelectOption> Organizations { get; private set; } = [];
    public IReadOnlyList<SelectOption> Contacts { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        Guid? organizationId = null;
        if (FormText.Clean(Input.Organization) is null)
            errors.Add(nameof(Input.Organization), "Validation.ActorRequired");
        else if (errors.Id(nameof(Input.Organization), Input.Organization) is { } chosen)
        {
            if (Organizations.All(o => o.Value != chosen.ToString()))
                errors.Add(nameof(Input.Organization), "Validation.Choice");
            else if (Group.Members.Any(m => m.OrganizationId == chosen))
                errors.Add(nameof(Input.Organization), "Validation.Member.AlreadyMember");
            else
                organizationId = chosen;
        }
        var contactId = errors.Id(nameof(Input.Contact), Input.Contact);
        // Only a person of the chosen actor who consented to be stored can be named.
        if (contactId is { } contact && organizationId is { } organization
            && !await db.Contacts.AnyAsync(c => c.Id == contact && c.OrganizationId == organization && c.ConsentGivenOn != null, cancellationToken))
            errors.Add(nameof(Input.Contact), "Validation.Member.ContactOfActor");
        var role = errors.Text(nameof(Input.Role), Input.Role, 200);
        if (errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.WorkingGroupMembers.Add(new WorkingGroupMember { Id = Guid.NewGuid(), WorkingGroupId = id, OrganizationId = organizationId!.Value, ContactId = contactId, Role = role });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid member, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        var row = await db.WorkingGroupMembers.FirstOrDefaultAsync(m => m.Id == member && m.WorkingGroupId == id, cancellationToken);
        if (row is null)
            return NotFound();
        db.WorkingGroupMembers.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        var group = await db.WorkingGroups.AsNoTracking()
            .Include(g => g.Members).ThenInclude(m => m.Organization)
            .Include(g => g.Members).ThenInclude(m => m.Contact)
            .FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
            return false;
        Group = group;
        Organizations = await NetworkChoices.OrganizationsAsync(db, cancellationToken);
        Contacts = (await db.Contacts.AsNoTracking().Where(c => c.OrganizationId != null && c.ConsentGivenOn != null)
                .Select(c => new { c.Id, c.Name, Organization = c.Organization!.Name }).ToListAsync(cancellationToken))
            .OrderBy(c => c.Name).Select(c => new SelectOption(c.Id.ToString(), $"{c.Name} ({c.Organization})")).ToList();
        return true;
    }
}
