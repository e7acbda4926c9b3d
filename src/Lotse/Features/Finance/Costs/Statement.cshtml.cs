using Lotse.Features.Accounts;
using Lotse.Features.Finance.CostModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Finance.Costs;

/// <summary>The cost statement of one scenario, with its explanation per line; as XLSX or PDF for handing on.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class StatementModel(CostStatements statements, IAuthorizationService authorization) : PageModel
{
    public CostScenario Scenario { get; private set; } = null!;
    public CostStatement? Statement { get; private set; }
    public IReadOnlyList<CostError> Errors { get; private set; } = [];
    public bool MayManage { get; private set; }

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Statement is null)
            return NotFound();
        return File(CostExports.Xlsx([Statement]), CostExports.XlsxType, CostExports.FileName(Scenario.Name, "xlsx"));
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Statement is null)
            return NotFound();
        return File(CostExports.Pdf([Statement]), "application/pdf", CostExports.FileName(Scenario.Name, "pdf"));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scenario = await statements.ScenarioAsync(id, publishedOnly: false, cancellationToken);
        if (scenario is null)
            return false;
        Scenario = scenario;
        var result = await statements.CalculateAsync(scenario, cancellationToken);
        Statement = result.Statement;
        Errors = result.Errors;
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return true;
    }
}
