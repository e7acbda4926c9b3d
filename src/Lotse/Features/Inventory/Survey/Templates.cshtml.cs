using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The questionnaires: which rounds use them (then frozen), and copies for the next round.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class TemplatesModel(LotseDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SurveyResource> text) : PageModel
{
    public sealed record Row(Guid Id, string Name, int Questions, IReadOnlyList<string> Rounds);

    public IReadOnlyList<Row> Templates { get; private set; } = [];
    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCopyAsync(Guid templateId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded)
            return Forbid();
        var source = await db.SurveyTemplates.AsNoTracking().Include(t => t.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken);
        if (source is null)
            return NotFound();
        var copy = SurveyTemplateCopy.Create(source, text["Templates.CopySuffix"], clock.GetUtcNow().UtcDateTime);
        db.SurveyTemplates.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(SurveyPaths.Template(copy.Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        var templates = await db.SurveyTemplates.AsNoTracking().OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.Name, Questions = t.Questions.Count }).ToListAsync(cancellationToken);
        var rounds = (await db.SurveyRounds.AsNoTracking().OrderBy(r => r.OpenedAt).Select(r => new { r.TemplateId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(r => r.TemplateId, r => r.Name);
        Templates = templates.Select(t => new Row(t.Id, t.Name, t.Questions, rounds[t.Id].ToList())).ToList();
    }
}
