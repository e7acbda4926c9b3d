using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>A new measure, empty or pre-filled from a programme template; nothing is stored before the form is submitted.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class CreateModel(LotseDbContext db, ProgrammeTemplates templates, TimeProvider clock, IStringLocalizer<WorkPlanResource> text) : PageModel, IMeasureForm
{
    [BindProperty]
    public MeasureInput Input { get; set; } = new();

    public MeasureChoices Choices { get; private set; } = null!;
    public IReadOnlyList<ProgrammeTemplate> Templates => templates.All;
    public string? TemplateError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? vorlage, CancellationToken cancellationToken)
    {
        Choices = await MeasureChoices.LoadAsync(db, cancellationToken);
        if (vorlage is not null)
        {
            var template = templates.Find(vorlage);
            if (template is null)
            {
                TemplateError = text["Template.Unknown"];
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
            else
            {
                var terms = await db.TaxonomyTerms.AsNoTracking().Select(t => new { t.Id, t.Code, Taxonomy = t.Taxonomy.Code }).ToListAsync(cancellationToken);
                Input = MeasureInput.From(template, (taxonomy, code) => terms.FirstOrDefault(t => t.Taxonomy == taxonomy && t.Code == code)?.Id.ToString());
            }
        }
        Input.Status ??= nameof(MeasureStatus.Planned);
        MeasureLoading.AddBlankIndicatorRows(Input);
        return Page();
    }

    /// <summary>One more indicator row, without saving (works without script).</summary>
    public async Task<IActionResult> OnPostAddRowAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Choices = await MeasureChoices.LoadAsync(db, cancellationToken);
        Input.Indicators.Add(new IndicatorInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Choices = await MeasureChoices.LoadAsync(db, cancellationToken);
        var values = Input.Validate(new FormErrors(ModelState, text), Choices);
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var measure = new Measure { Id = Guid.NewGuid(), Title = values.Title, CreatedAt = now, LastModified = now };
        await values.ApplyToAsync(measure, db, cancellationToken);
        db.Measures.Add(measure);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/massnahmen/{measure.Id}?gespeichert=true");
    }
}
