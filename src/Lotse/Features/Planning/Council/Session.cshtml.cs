using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Council;

/// <summary>One session's vote and decision, and what the decision decides (concept version, measures, application).</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class SessionModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public SessionInput Input { get; set; } = new();
    [BindProperty] public string? ConcurrencyStamp { get; set; }
    [BindProperty(Name = "gespeichert", SupportsGet = true)] public bool Saved { get; set; }

    public string Label { get; private set; } = "";
    public CouncilChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        if (await db.CouncilSessions.AsNoTracking().Include(s => s.Measures).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } session)
            return NotFound();
        await ShowAsync(session, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        if (await db.CouncilSessions.Include(s => s.Measures).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } session)
            return NotFound();
        ModelState.Clear();
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
        Label = session.Label;
        var errors = new Editorial.DirectoryEditing.FormErrors(ModelState, Text);
        var parsed = Input.ToSession(errors, Choices);
        var stamp = errors.Stamp(ConcurrencyStamp);
        if (parsed is null || stamp is null)
            return Invalid();
        SessionInput.Copy(parsed, session);
        session.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(session).Property(s => s.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.CouncilSessions.AsNoTracking().Include(s => s.Measures).FirstAsync(s => s.Id == id, cancellationToken);
            await ShowAsync(stored, cancellationToken);
            MarkConflict();
            return Page();
        }
        return Redirect(PlanningPaths.Session(id) + "?gespeichert=true");
    }

    private async Task ShowAsync(Session session, CancellationToken cancellationToken)
    {
        Input = SessionInput.From(session);
        ConcurrencyStamp = session.ConcurrencyStamp.ToString();
        Label = session.Label;
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
    }
}
