using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The funding periods, newest first.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, IAuthorizationService authorization) : PageModel
{
    public const string Path = "/intern/controlling";

    public IReadOnlyList<FundingPeriod> Periods { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Periods = await db.FundingPeriods.AsNoTracking().Include(p => p.Budgets).OrderByDescending(p => p.StartsOn).ToListAsync(cancellationToken);
        MayEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
    }
}
