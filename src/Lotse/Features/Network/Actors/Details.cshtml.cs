using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Lotse.Features.Editorial.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.Actors;

/// <summary>One actor in the network: its relations, working groups and contact persons. Its own data is edited on the organization page.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class DetailsModel(LotseDbContext db, IStringLocalizer<DirectoryEditingResource> directoryText, IAuthorizationService authorization) : PageModel
{
    public sealed record RelationRow(Guid Id, string Kind, Guid PartnerId, string Partner, bool Outgoing, DateOnly? Since, string? Note, bool IsExample);
    public sealed record GroupRow(Guid Id, string Name, string? Role, string? Contact);

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public Organization Actor { get; private set; } = null!;
    public string TypeLabel { get; private set; } = "";
    public IReadOnlyList<RelationRow> Relations { get; private set; } = [];
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await db.Organizations.AsNoTracking().Include(o => o.Municipality).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (actor is null)
            return NotFound();
        Actor = actor;
        TypeLabel = actor.ActorType is { } type ? ActorTypes.Label(directoryText, type) : "";
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        Relations = (await db.ActorRelations.AsNoTracking().Where(r => r.FromOrganizationId == id || r.ToOrganizationId == id)
                .Select(r => new RelationRow(r.Id, r.Kind,
                    r.FromOrganizationId == id ? r.ToOrganizationId : r.FromOrganizationId,
                    r.FromOrganizationId == id ? r.ToOrganization.Name : r.FromOrganization.Name,
                    r.FromOrganizationId == id, r.Since, r.Note, r.IsExample))
                .ToListAsync(cancellationToken))
            .OrderBy(r => r.Partner, StringComparer.CurrentCulture).ToList();
        Groups = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.OrganizationId == id)
            .OrderBy(m => m.WorkingGroup.Name)
            .Select(m => new GroupRow(m.WorkingGroupId, m.WorkingGroup.Name, m.Role, m.Contact != null ? m.Contact.Name : null))
            .ToListAsync(cancellationToken);
        // Only persons who consented are shown; the network stores no others (see the contact form).
        Contacts = await db.Contacts.AsNoTracking().Where(c => c.OrganizationId == id && c.ConsentGivenOn != null)
            .OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return Page();
    }
}
