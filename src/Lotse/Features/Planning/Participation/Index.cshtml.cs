using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Lotse.Features.Planning.Concept;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Participation;

/// <summary>Who took part in which concept version, when and how, and whether from the start; a form for new entries.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    public sealed record VersionLog(IntegrationConceptVersion Version, DateOnly? ProcessStart, IReadOnlyList<(ParticipationEntry Entry, bool? FromStart)> Entries);

    [BindProperty] public ParticipationInput Input { get; set; } = new();

    public IReadOnlyList<VersionLog> Logs { get; private set; } = [];
    public IReadOnlyList<SelectOption> Versions { get; private set; } = [];
    public IReadOnlyList<SelectOption> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        var entry = Input.ToEntry(Errors(), Versions.Select(v => Guid.Parse(v.Value)), Organizations.Select(o => Guid.Parse(o.Value)));
        if (entry is null)
            return Invalid();
        entry.LastModified = clock.GetUtcNow().UtcDateTime;
        db.ParticipationEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(PlanningPaths.Participation + "?gespeichert=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var versions = await db.ConceptVersions.AsNoTracking().ToListAsync(cancellationToken);
        var entries = await db.ParticipationEntries.AsNoTracking().Include(e => e.Organization).ToListAsync(cancellationToken);
        var sessions = await db.CouncilSessions.AsNoTracking().Where(s => s.ConceptVersionId != null)
            .Select(s => new { s.ConceptVersionId, s.HeldOn, MotionOn = s.Motion!.FiledOn, SubmissionOn = s.Submission!.IssuedOn })
            .ToListAsync(cancellationToken);
        Logs = versions.OrderBy(v => v.AdoptedOn ?? DateOnly.MaxValue).ThenBy(v => v.Title).Select(v =>
        {
            var dates = sessions.Where(s => s.ConceptVersionId == v.Id).SelectMany(s => new[] { s.HeldOn, s.MotionOn, s.SubmissionOn });
            var start = ParticipationFromStart.ProcessStart(v.ProcessStartedOn, dates);
            var rows = entries.Where(e => e.ConceptVersionId == v.Id)
                .OrderBy(e => e.TookPartOn ?? DateOnly.MaxValue).ThenBy(e => e.Actor)
                .Select(e => (e, ParticipationFromStart.IsFromStart(e.TookPartOn, start))).ToList();
            return new VersionLog(v, start, rows);
        }).ToList();
        Versions = versions.OrderBy(v => v.Title).Select(v => new SelectOption(v.Id.ToString(), v.Title)).ToList();
        Organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new SelectOption(o.Id.ToString(), o.Name)).ToListAsync(cancellationToken);
    }
}
