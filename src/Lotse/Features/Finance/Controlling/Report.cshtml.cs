using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The monthly controlling report of a funding period: plan against actual, spent, remaining, projection, deviations.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class ReportModel(LotseDbContext db, IAuthorizationService authorization) : PageModel
{
    [BindProperty(Name = "monat", SupportsGet = true)]
    public string? MonthValue { get; set; }

    public FundingPeriod Period { get; private set; } = null!;
    public ControllingReport Report { get; private set; } = null!;
    public DateOnly ReportMonth { get; private set; }
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await ControllingData.LoadAsync(db, id, track: false, cancellationToken);
        if (period is null)
            return NotFound();
        Period = period;
        Months = ControllingReport.MonthsOf(period.StartsOn, period.EndsOn);
        ReportMonth = ControllingData.ReportMonth(period, MonthValue);
        Report = ControllingReport.Compute(ControllingData.InputOf(period), ReportMonth.Year, ReportMonth.Month);
        MayEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return Page();
    }
}
