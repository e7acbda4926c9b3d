using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Council;

/// <summary>The council papers (motions, submissions) with their sessions and decisions; forms to record new ones.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public MotionInput NewMotion { get; set; } = new();
    [BindProperty] public SubmissionInput NewSubmission { get; set; } = new();
    [BindProperty] public SessionInput NewSession { get; set; } = new();

    public IReadOnlyList<Motion> Motions { get; private set; } = [];
    public IReadOnlyList<Submission> Submissions { get; private set; } = [];
    public CouncilChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostMotionAsync(CancellationToken cancellationToken) =>
        SaveAsync(nameof(NewMotion), (errors, choices) => NewMotion.ToMotion(errors, choices) is { } m ? db.Motions.Add(m).Entity : null, cancellationToken);

    public Task<IActionResult> OnPostSubmissionAsync(CancellationToken cancellationToken) =>
        SaveAsync(nameof(NewSubmission), (errors, choices) => NewSubmission.ToSubmission(errors, choices) is { } s ? db.Submissions.Add(s).Entity : null, cancellationToken);

    public Task<IActionResult> OnPostSessionAsync(CancellationToken cancellationToken) =>
        SaveAsync(nameof(NewSession), (errors, choices) => NewSession.ToSession(errors, choices) is { } s ? db.CouncilSessions.Add(s).Entity : null, cancellationToken);

    private async Task<IActionResult> SaveAsync(string prefix, Func<FormErrors, CouncilChoices, object?> create, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        ModelState.Clear();
        var choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
        var added = create(new FormErrors(ModelState, Text, prefix), choices);
        if (added is null)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            return Invalid();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        switch (added)
        {
            case Motion m: m.LastModified = now; break;
            case Submission s: s.LastModified = now; break;
            case Session s: s.LastModified = now; break;
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(PlanningPaths.Council + "?gespeichert=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Choices = await CouncilChoices.LoadAsync(db, Text, cancellationToken);
        Motions = await db.Motions.AsNoTracking().Include(m => m.FiledByOrganization)
            .Include(m => m.Sessions).ThenInclude(s => s.ConceptVersion)
            .Include(m => m.Sessions).ThenInclude(s => s.FundingApplication)
            .Include(m => m.Sessions).ThenInclude(s => s.Measures)
            .AsSplitQuery().ToListAsync(cancellationToken);
        Motions = Motions.OrderBy(m => m.FiledOn ?? DateOnly.MaxValue).ThenBy(m => m.Title).ToList();
        Submissions = await db.Submissions.AsNoTracking().Include(s => s.Motion)
            .Include(s => s.Sessions).ThenInclude(x => x.ConceptVersion)
            .Include(s => s.Sessions).ThenInclude(x => x.FundingApplication)
            .Include(s => s.Sessions).ThenInclude(x => x.Measures)
            .AsSplitQuery().ToListAsync(cancellationToken);
        Submissions = Submissions.OrderBy(s => s.IssuedOn ?? DateOnly.MaxValue).ThenBy(s => s.Title).ToList();
    }
}
