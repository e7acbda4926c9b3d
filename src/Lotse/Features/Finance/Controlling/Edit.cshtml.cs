using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>Changes a funding period's approval; never over someone else's newer save.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class EditModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<ControllingResource> text) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    public string StoredName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await db.FundingPeriods.AsNoTracking().Include(p => p.Budgets).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
            return NotFound();
        Input = PeriodInput.From(period);
        StoredName = period.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await db.FundingPeriods.Include(p => p.Budgets).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
            return NotFound();
        StoredName = period.Name;
        ModelState.Clear();
        var values = Input.Validate(ModelState, text);
        if (!Guid.TryParse(Input.ConcurrencyStamp, out var stamp))
            ModelState.AddModelError("", text["Validation.StampMissing"]);
        if (values is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Input.ApplyTo(period, values);
        period.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(period).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.FundingPeriods.AsNoTracking().Include(p => p.Budgets).FirstAsync(p => p.Id == id, cancellationToken);
            Input = PeriodInput.From(stored);
            ModelState.AddModelError("", text["Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"{IndexModel.Path}/{id}");
    }
}
