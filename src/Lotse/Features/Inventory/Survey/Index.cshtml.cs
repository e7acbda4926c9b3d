using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The KIZ's overview of survey rounds with their progress.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Template, DateOnly DueOn, DateTime? ClosedAt, bool IsExample, int Municipalities, int Drafts, int Submitted);

    public IReadOnlyList<Row> Rounds { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        Rounds = await db.SurveyRounds.AsNoTracking()
            .OrderByDescending(r => r.OpenedAt)
            .Select(r => new Row(r.Id, r.Name, r.Template!.Name, r.DueOn, r.ClosedAt, r.IsExample, r.Responses.Count,
                r.Responses.Count(s => s.Status == SurveyResponseStatus.Draft), r.Responses.Count(s => s.Status == SurveyResponseStatus.Submitted)))
            .ToListAsync(cancellationToken);
    }
}
