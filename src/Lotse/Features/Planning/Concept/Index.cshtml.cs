using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Concept;

/// <summary>The concept's versions, the one in force on a chosen date, and a new version.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty(Name = "stichtag", SupportsGet = true)]
    public string? DateText { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    public DateOnly On { get; private set; }
    public IReadOnlyList<IntegrationConceptVersion> Versions { get; private set; } = [];
    public IntegrationConceptVersion? InForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        var chosen = PlanningInput.Date(new FormErrors(ModelState, Text, ""), "stichtag", DateText);
        await LoadAsync(chosen, cancellationToken);
        return ModelState.IsValid ? Page() : Invalid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        var title = new FormErrors(ModelState, Text, "").Text(nameof(NewTitle), NewTitle, 300, "Concept.TitleRequired");
        if (title is null || !ModelState.IsValid)
        {
            await LoadAsync(null, cancellationToken);
            return Invalid();
        }
        var version = new IntegrationConceptVersion { Id = Guid.NewGuid(), Title = title, CreatedAt = clock.GetUtcNow().UtcDateTime, LastModified = clock.GetUtcNow().UtcDateTime };
        db.ConceptVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(PlanningPaths.ConceptVersion(version.Id));
    }

    private async Task LoadAsync(DateOnly? chosen, CancellationToken cancellationToken)
    {
        On = chosen ?? CountyTime.Today(clock);
        DateText = PlanningInput.Format(On);
        Versions = await db.ConceptVersions.AsNoTracking().ToListAsync(cancellationToken);
        Versions = Versions.OrderByDescending(v => v.AdoptedOn ?? DateOnly.MaxValue).ThenBy(v => v.Title).ToList();
        InForce = ConceptInForce.On(Versions, v => v.AdoptedOn, On);
    }
}
