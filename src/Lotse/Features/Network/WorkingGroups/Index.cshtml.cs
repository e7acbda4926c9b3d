using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The working groups and round tables, and every overdue action item across them.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Kind, string? Municipality, int Members, DateOnly? LastMeeting, int OpenItems, bool IsExample);
    public sealed record Overdue(Guid Id, Guid GroupId, string GroupName, string Text, DateOnly DueOn, string? Owner);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Overdue> OverdueItems { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        Rows = await db.WorkingGroups.AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new Row(g.Id, g.Name, g.Kind, g.Municipality != null ? g.Municipality.Name : null, g.Members.Count,
                g.Meetings.Max(m => (DateOnly?)m.Date), g.ActionItems.Count(a => !a.Done), g.IsExample))
            .ToListAsync(cancellationToken);
        var today = CountyTime.Today(clock);
        OverdueItems = (await db.ActionItems.AsNoTracking().Where(a => !a.Done && a.DueOn != null && a.DueOn < today)
                .Select(a => new Overdue(a.Id, a.WorkingGroupId, a.WorkingGroup.Name, a.Text, a.DueOn!.Value,
                    a.OwnerMember != null ? a.OwnerMember.Organization.Name : null))
                .ToListAsync(cancellationToken))
            .OrderBy(a => a.DueOn).ThenBy(a => a.GroupName).ToList();
    }
}
