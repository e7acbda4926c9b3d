using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Overlap;

/// <summary>
/// Possible duplicates: every measure of the work plan held against all sources of existing activities, and a
/// measure entered on the GET form (<c>?pruefen=1</c>) checked without saving it.
/// </summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, OverlapService overlap, IStringLocalizer<OverlapResource> text) : PageModel
{
    public OverlapLabels Labels { get; private set; } = null!;
    public IReadOnlyList<SelectOption> Municipalities { get; private set; } = [];
    public OverlapQuery Query { get; private set; } = null!;
    public bool Checked { get; private set; }
    public IReadOnlyList<OverlapFinding>? CheckFindings { get; private set; }
    public int MeasureCount { get; private set; }
    public int ActivityCount { get; private set; }
    public IReadOnlyList<IGrouping<PlannedMeasure, OverlapFinding>> WorkPlanFindings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? pruefen, CancellationToken cancellationToken)
    {
        Labels = await overlap.LabelsAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Code, m.Name }).ToListAsync(cancellationToken);
        Municipalities = municipalities.Select(m => new SelectOption(m.Code, m.Name)).ToList();
        Query = OverlapQuery.Read(Request.Query);
        var activities = await overlap.ActivitiesAsync(cancellationToken);
        ActivityCount = activities.Count;
        if (pruefen is not null)
        {
            Checked = true;
            var measure = Query.Validate(ModelState, text, municipalities.ToDictionary(m => m.Code, m => m.Id), Labels);
            if (measure is null)
                Response.StatusCode = StatusCodes.Status400BadRequest;
            else
                CheckFindings = OverlapAnalysis.Find([measure], activities);
        }
        var plan = await overlap.WorkPlanAsync(cancellationToken);
        MeasureCount = plan.Count;
        WorkPlanFindings = OverlapAnalysis.Find(plan, activities)
            .GroupBy(f => f.Measure)
            .OrderBy(g => g.Key.Title, StringComparer.CurrentCulture)
            .ToList();
        return Page();
    }

    public string Municipality(Guid id) => Labels.Municipalities.TryGetValue(id, out var name) ? name : id.ToString();
}
