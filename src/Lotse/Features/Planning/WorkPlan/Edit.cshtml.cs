using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>
/// One measure: readable with ViewWorkbench, saved only with ManageWorkbench and only over the version the
/// form was loaded with (a newer save by someone else answers 409 and shows the stored version).
/// </summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class EditModel(LotseDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<WorkPlanResource> text) : PageModel, IMeasureForm
{
    [BindProperty]
    public MeasureInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public MeasureChoices Choices { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public bool Conflict { get; private set; }
    public Measure Stored { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking().WithDetails().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
            return NotFound();
        Stored = measure;
        MayEdit = await MayManageAsync();
        Input = MeasureInput.From(measure);
        MeasureLoading.AddBlankIndicatorRows(Input);
        Choices = await MeasureChoices.LoadAsync(db, cancellationToken);
        return Page();
    }

    /// <summary>One more indicator row, without saving (works without script).</summary>
    public async Task<IActionResult> OnPostAddRowAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadForChangeAsync(id, cancellationToken) is { } refused)
            return refused;
        ModelState.Clear();
        Input.Indicators.Add(new IndicatorInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadForChangeAsync(id, cancellationToken) is { } refused)
            return refused;
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, Choices);
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var measure = await db.Measures.WithDetails().FirstAsync(m => m.Id == id, cancellationToken);
        await values.ApplyToAsync(measure, db, cancellationToken);
        measure.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(measure).Property(m => m.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved first: show their version, keep nothing of ours silently.
            db.ChangeTracker.Clear();
            Stored = await db.Measures.AsNoTracking().WithDetails().FirstAsync(m => m.Id == id, cancellationToken);
            Input = MeasureInput.From(Stored);
            MeasureLoading.AddBlankIndicatorRows(Input);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/intern/massnahmen/{id}?gespeichert=true");
    }

    private async Task<IActionResult?> LoadForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var measure = await db.Measures.AsNoTracking().WithDetails().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (measure is null)
            return NotFound();
        if (!await MayManageAsync())
            return Forbid();
        Stored = measure;
        MayEdit = true;
        Choices = await MeasureChoices.LoadAsync(db, cancellationToken);
        return null;
    }

    private async Task<bool> MayManageAsync() =>
        (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
}
