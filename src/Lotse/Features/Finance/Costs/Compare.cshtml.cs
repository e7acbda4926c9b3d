using Lotse.Features.Accounts;
using Lotse.Features.Finance.CostModel;
using Lotse.Features.Shared.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Costs;

/// <summary>Two scenarios side by side with the difference per line, as a table and a chart; as XLSX.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class CompareModel(CostStatements statements, IStringLocalizer<CostsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "a")]
    public string? A { get; set; }

    [BindProperty(SupportsGet = true, Name = "b")]
    public string? B { get; set; }

    public CostScenario? ScenarioA { get; private set; }
    public CostScenario? ScenarioB { get; private set; }
    public CostStatement? StatementA { get; private set; }
    public CostStatement? StatementB { get; private set; }
    public IReadOnlyList<CostComparison.Row> Rows { get; private set; } = [];

    /// <summary>Both scenarios' amounts per line, A then B, as one chart.</summary>
    public BarChart Chart => new(text["Compare.Chart", StatementA!.ScenarioName, StatementB!.ScenarioName],
        Rows.SelectMany(r => new[] { new BarChart.Bar($"A: {r.Label}", r.A ?? 0m), new BarChart.Bar($"B: {r.Label}", r.B ?? 0m) }).ToList(), "€");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return File(CostExports.Pdf([StatementA!, StatementB!]), "application/pdf", CostExports.FileName($"{ScenarioA!.Name}-{ScenarioB!.Name}", "pdf"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return File(CostExports.Xlsx([StatementA!, StatementB!]), CostExports.XlsxType, CostExports.FileName($"{ScenarioA!.Name}-{ScenarioB!.Name}", "xlsx"));
    }

    /// <summary>False with a message per field when a scenario is missing, unknown or cannot be calculated.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        (ScenarioA, StatementA) = await LoadOneAsync("a", A, cancellationToken);
        (ScenarioB, StatementB) = await LoadOneAsync("b", B, cancellationToken);
        if (StatementA is null || StatementB is null)
            return false;
        Rows = CostComparison.Compare(StatementA, StatementB);
        return true;
    }

    private async Task<(CostScenario?, CostStatement?)> LoadOneAsync(string field, string? value, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(value, out var id))
        {
            ModelState.AddModelError(field, text[string.IsNullOrWhiteSpace(value) ? "Compare.Missing" : "Compare.Unknown", field.ToUpperInvariant()]);
            return (null, null);
        }
        var scenario = await statements.ScenarioAsync(id, publishedOnly: false, cancellationToken);
        if (scenario is null)
        {
            ModelState.AddModelError(field, text["Compare.Unknown", field.ToUpperInvariant()]);
            return (null, null);
        }
        var result = await statements.CalculateAsync(scenario, cancellationToken);
        if (result.Statement is null)
            ModelState.AddModelError(field, text["Compare.NotCalculable", scenario.Name]);
        return (scenario, result.Statement);
    }
}
