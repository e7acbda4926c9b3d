using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>The work plan by focus area, by municipality or as a timeline (<c>?ansicht=schwerpunkt|kommune|zeitplan</c>).</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, ProgrammeTemplates templates, IAuthorizationService authorization, IStringLocalizer<WorkPlanResource> text) : PageModel
{
    public static readonly string[] Views = ["schwerpunkt", "kommune", "zeitplan"];

    public string View { get; private set; } = Views[0];
    public string? Error { get; private set; }
    public bool MayManage { get; private set; }
    public IReadOnlyList<ProgrammeTemplate> Templates => templates.All;
    public IReadOnlyList<Measure> Measures { get; private set; } = [];
    public IReadOnlyList<MeasureSection> Sections { get; private set; } = [];
    public IReadOnlyList<MeasureGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? ansicht, CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        if (ansicht is not null && !Views.Contains(ansicht))
        {
            Error = text["Views.Unknown"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        View = ansicht ?? Views[0];
        Measures = await db.Measures.AsNoTracking().WithDetails().ToListAsync(cancellationToken);
        switch (View)
        {
            case "kommune":
                Groups = WorkPlanViews.ByMunicipality(Measures, text["Views.CountyWide"]);
                break;
            case "zeitplan":
                Groups = WorkPlanViews.ByStartMonth(Measures, text["Views.NoDate"]);
                break;
            default:
                Sections = WorkPlanViews.ByFocusArea(Measures, f => MeasureTexts.FocusArea(text, f), s => MeasureTexts.Stage(text, s), text["Views.Missing"]);
                break;
        }
        return Page();
    }
}
