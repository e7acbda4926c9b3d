using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.CostModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>The cost scenarios with their totals, and the choice of two to compare.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, CostStatements statements, IAuthorizationService authorization) : PageModel
{
    public sealed record Row(CostScenario Scenario, CostStatement? Statement);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        var ids = await db.CostScenarios.OrderBy(s => s.Name).Select(s => s.Id).ToListAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var id in ids)
        {
            var scenario = (await statements.ScenarioAsync(id, publishedOnly: false, cancellationToken))!;
            rows.Add(new Row(scenario, (await statements.CalculateAsync(scenario, cancellationToken)).Statement));
        }
        Rows = rows;
        return Page();
    }
}
