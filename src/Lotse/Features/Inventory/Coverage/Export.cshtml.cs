using Lotse.Features.Accounts;
using Lotse.Features.Inventory.Overlap;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Coverage;

/// <summary>The coverage matrix as a file: <c>?ansicht=thema|sprache&amp;format=xlsx|csv</c>.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class ExportModel(CoverageService coverage, TimeProvider clock, IStringLocalizer<OverlapResource> text) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? ansicht, string? format, CancellationToken cancellationToken)
    {
        var view = ansicht ?? CoverageService.ByTopic;
        var errors = new List<string>();
        if (!CoverageService.Views.Contains(view))
            errors.Add(text["Coverage.UnknownView"]);
        if (format is not ("xlsx" or "csv"))
            errors.Add(text["Coverage.UnknownFormat"]);
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var matrix = await coverage.BuildAsync(view, text["Coverage.CountyWide"], cancellationToken);
        var name = $"abdeckung-{view}-{clock.GetUtcNow():yyyyMMdd}.{format}";
        return format == "xlsx"
            ? File(CoverageExport.Xlsx(matrix, text[$"Coverage.View.{view}"], text["Coverage.Municipality"], text["Coverage.Total"]),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            : File(CoverageExport.Csv(matrix, text["Coverage.Municipality"], text["Coverage.Total"]), "text/csv; charset=utf-8", name);
    }
}
