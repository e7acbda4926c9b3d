using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class CreateModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<ControllingResource> text) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new() { DeviationPercent = "10", DeviationMinimum = "500" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var values = Input.Validate(ModelState, text);
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var period = new FundingPeriod { Id = Guid.NewGuid(), Name = values.Name, LastModified = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(period, values);
        db.FundingPeriods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{IndexModel.Path}/{period.Id}");
    }
}
