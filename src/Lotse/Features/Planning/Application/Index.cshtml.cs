using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Application;

/// <summary>The funding applications and a new one.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public string? NewTitle { get; set; }

    public IReadOnlyList<FundingApplication> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        Applications = await db.FundingApplications.AsNoTracking().OrderBy(a => a.Title).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        var title = new FormErrors(ModelState, Text, "").Text(nameof(NewTitle), NewTitle, 300, "Application.TitleRequired");
        if (title is null || !ModelState.IsValid)
        {
            Applications = await db.FundingApplications.AsNoTracking().OrderBy(a => a.Title).ToListAsync(cancellationToken);
            return Invalid();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var application = new FundingApplication { Id = Guid.NewGuid(), Title = title, CreatedAt = now, LastModified = now };
        db.FundingApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(PlanningPaths.FundingApplication(application.Id));
    }
}
