using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>The funding rule sets with their rows and sources.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class RuleSetsModel(LotseDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<FundingRuleSet> Sets { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        Sets = await db.FundingRuleSets.AsNoTracking().Include(s => s.Rules).OrderByDescending(s => s.ValidFrom).ToListAsync(cancellationToken);
        return Page();
    }
}
