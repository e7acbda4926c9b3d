using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Council;

/// <summary>One motion: who filed it, when, its text and committee sequence; changed only over the version the form loaded.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class MotionModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public MotionInput Input { get; set; } = new();
    [BindProperty] public string? ConcurrencyStamp { get; set; }
    [BindProperty(Name = "gespeichert", SupportsGet = true)] public bool Saved { get; set; }

    public string Label { get; private set; } = "";
    public CouncilChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        if (await db.Motions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } motion)
            return NotFound();
        await ShowAsync(motion, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        if (await db.Motions.FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } motion)
            return NotFound();
        ModelState.Clear();
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
        Label = motion.Title;
        var errors = Errors();
        var parsed = Input.ToMotion(errors, Choices);
        var stamp = errors.Stamp(ConcurrencyStamp);
        if (parsed is null || stamp is null)
            return Invalid();
        MotionInput.Copy(parsed, motion);
        motion.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(motion).Property(m => m.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowAsync(await db.Motions.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken), cancellationToken);
            MarkConflict();
            return Page();
        }
        return Redirect(PlanningPaths.Motion(id) + "?gespeichert=true");
    }

    private async Task ShowAsync(Motion motion, CancellationToken cancellationToken)
    {
        Input = MotionInput.From(motion);
        ConcurrencyStamp = motion.ConcurrencyStamp.ToString();
        Label = motion.Title;
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
    }
}
