using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Application;

/// <summary>One funding application: its parts, the Kreistag decision it rests on, and the readiness check for a chosen date.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class EditModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public ApplicationInput Input { get; set; } = new();

    [BindProperty(Name = "datum", SupportsGet = true)]
    public string? CheckDateText { get; set; }

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public FundingApplication Application { get; private set; } = null!;
    public ApplicationReadiness Readiness { get; private set; } = null!;
    public IReadOnlyList<SelectOption> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        if (await db.FundingApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
            return NotFound();
        Input = ApplicationInput.From(application);
        var date = PlanningInput.Date(new FormErrors(ModelState, Text, ""), "datum", CheckDateText);
        await LoadAsync(application, date, cancellationToken);
        return ModelState.IsValid ? Page() : Invalid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
            return NotFound();
        ModelState.Clear();
        var decisions = await db.CouncilSessions.Select(s => s.Id).ToListAsync(cancellationToken);
        var stamp = Input.ApplyTo(application, Errors(), decisions);
        if (stamp is null)
        {
            db.ChangeTracker.Clear();
            var stored = await db.FundingApplications.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            await LoadAsync(stored, null, cancellationToken);
            return Invalid();
        }
        application.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(application).Property(a => a.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.FundingApplications.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            Input = ApplicationInput.From(stored);
            MarkConflict();
            await LoadAsync(stored, null, cancellationToken);
            return Page();
        }
        return Redirect(PlanningPaths.FundingApplication(id) + "?gespeichert=true");
    }

    private async Task LoadAsync(FundingApplication application, DateOnly? date, CancellationToken cancellationToken)
    {
        Application = application;
        var on = date ?? application.PlannedOn ?? CountyTime.Today(clock);
        CheckDateText = PlanningInput.Format(on);
        Readiness = ApplicationReadiness.Check(await ReadinessFactsLoader.LoadAsync(db, application, cancellationToken), on);
        var sessions = await db.CouncilSessions.AsNoTracking().ToListAsync(cancellationToken);
        Decisions = sessions.OrderBy(s => s.HeldOn ?? DateOnly.MaxValue).Select(s => new SelectOption(s.Id.ToString(), s.Label)).ToList();
    }
}
