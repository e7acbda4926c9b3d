using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>The rate tables with their validity and source.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class RatesModel(LotseDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<CostRateTable> Tables { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        Tables = await db.CostRateTables.AsNoTracking().Include(t => t.Rates).OrderByDescending(t => t.ValidFrom).ToListAsync(cancellationToken);
        return Page();
    }
}
