using Lotse.Data;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The owners an action item can have: the group's members (the actor, with its contact person if named).</summary>
public static class ActionItemForm
{
    public static async Task<IReadOnlyList<SelectOption>> OwnersAsync(LotseDbContext db, Guid groupId, CancellationToken cancellationToken) =>
        (await db.WorkingGroupMembers.AsNoTracking().Where(m => m.WorkingGroupId == groupId)
            .Select(m => new { m.Id, Organization = m.Organization.Name, Contact = m.Contact != null ? m.Contact.Name : null })
            .ToListAsync(cancellationToken))
        .OrderBy(m => m.Organization)
        .Select(m => new SelectOption(m.Id.ToString(), m.Contact is null ? m.Organization : $"{m.Organization}, {m.Contact}"))
        .ToList();
}
