using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Council;

/// <summary>One submission: document number, issuer, date, the motion it answers, draft decision and committee sequence; changed only over the version the form loaded.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class SubmissionModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public SubmissionInput Input { get; set; } = new();
    [BindProperty] public string? ConcurrencyStamp { get; set; }
    [BindProperty(Name = "gespeichert", SupportsGet = true)] public bool Saved { get; set; }

    public string Label { get; private set; } = "";
    public CouncilChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        if (await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } submission)
            return NotFound();
        await ShowAsync(submission, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        if (await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } submission)
            return NotFound();
        ModelState.Clear();
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
        Label = submission.Title;
        var errors = Errors();
        var parsed = Input.ToSubmission(errors, Choices);
        var stamp = errors.Stamp(ConcurrencyStamp);
        if (parsed is null || stamp is null)
            return Invalid();
        SubmissionInput.Copy(parsed, submission);
        submission.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(submission).Property(s => s.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowAsync(await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken), cancellationToken);
            MarkConflict();
            return Page();
        }
        return Redirect(PlanningPaths.Submission(id) + "?gespeichert=true");
    }

    private async Task ShowAsync(Submission submission, CancellationToken cancellationToken)
    {
        Input = SubmissionInput.From(submission);
        ConcurrencyStamp = submission.ConcurrencyStamp.ToString();
        Label = submission.Title;
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
    }
}
