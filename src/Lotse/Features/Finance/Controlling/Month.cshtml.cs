using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.Levy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>Plan and actual of one month per category and funded position, saved together; an empty plan means the computed default.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class MonthModel(LotseDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<ControllingResource> text) : PageModel
{
    public sealed class RowInput
    {
        public FundingCategory Category { get; set; }
        public Guid? PositionId { get; set; }
        public string? Plan { get; set; }
        public string? Actual { get; set; }
    }

    /// <summary>A row of the form: what it is and the plan the report uses when none is entered.</summary>
    public sealed record Row(FundingCategory Category, Guid? PositionId, string Label, decimal DefaultPlan);

    [BindProperty(Name = "monat", SupportsGet = true)]
    public string? MonthValue { get; set; }

    [BindProperty]
    public List<RowInput> Input { get; set; } = [];

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public FundingPeriod Period { get; private set; } = null!;
    public DateOnly Month { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        FillInput();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        ModelState.Clear();
        var amounts = new List<ControllingAmount>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var input = Input.FirstOrDefault(x => x.Category == row.Category && x.PositionId == row.PositionId);
            foreach (var (kind, raw, field) in new[] { (ControllingAmountKind.Plan, input?.Plan, "Plan"), (ControllingAmountKind.Actual, input?.Actual, "Actual") })
            {
                if (string.IsNullOrWhiteSpace(raw))
                    continue;
                var amount = EuroText.Parse(raw);
                if (amount is null or < 0 or > 10_000_000m)
                {
                    ModelState.AddModelError($"Input[{i}].{field}", text[kind == ControllingAmountKind.Plan ? "Validation.PlanAmount" : "Validation.ActualAmount", row.Label]);
                    continue;
                }
                amounts.Add(new ControllingAmount
                {
                    Id = Guid.NewGuid(), FundingPeriodId = id, Year = Month.Year, Month = Month.Month,
                    Category = row.Category, FundedPositionId = row.PositionId, Kind = kind, Amount = amount.Value,
                });
            }
        }
        if (!Guid.TryParse(ConcurrencyStamp, out var stamp))
            ModelState.AddModelError("", text["Validation.StampMissing"]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var period = await db.FundingPeriods.FirstAsync(p => p.Id == id, cancellationToken);
        var stored = await db.ControllingAmounts.Where(a => a.FundingPeriodId == id && a.Year == Month.Year && a.Month == Month.Month).ToListAsync(cancellationToken);
        db.ControllingAmounts.RemoveRange(stored);
        db.ControllingAmounts.AddRange(amounts);
        // The period's stamp guards its monthly figures: of two people entering the same month, the second is told.
        period.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(period).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            FillInput();
            ModelState.AddModelError("", text["Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"{IndexModel.Path}/{id}?monat={ControllingData.MonthKey(Month)}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await ControllingData.LoadAsync(db, id, track: false, cancellationToken);
        if (period is null)
            return false;
        Period = period;
        Month = ControllingData.ReportMonth(period, MonthValue);
        MayEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        // The defaults are the report's plan without this month's entered plan.
        var input = ControllingData.InputOf(period);
        input = input with { PlanOverrides = input.PlanOverrides.Where(p => p.Year != Month.Year || p.Month != Month.Month).ToList() };
        var report = ControllingReport.Compute(input, Month.Year, Month.Month);
        var categoryText = new CategoryText(text);
        var rows = new List<Row>();
        foreach (var line in report.Categories)
        {
            if (line.Category == FundingCategory.Personnel && report.Positions.Count > 0)
                rows.AddRange(report.Positions.Select(p => new Row(FundingCategory.Personnel, p.PositionId, p.PositionLabel!, p.MonthPlan)));
            else
                rows.Add(new Row(line.Category, null, categoryText.Name(line.Category), line.MonthPlan));
        }
        Rows = rows;
        return true;
    }

    private void FillInput()
    {
        ConcurrencyStamp = Period.ConcurrencyStamp.ToString();
        string? Stored(Row row, ControllingAmountKind kind) =>
            Period.Amounts.FirstOrDefault(a => a.Year == Month.Year && a.Month == Month.Month && a.Kind == kind && a.Category == row.Category && a.FundedPositionId == row.PositionId)
                is { } a ? EuroText.Number(a.Amount) : null;
        Input = Rows.Select(r => new RowInput { Category = r.Category, PositionId = r.PositionId, Plan = Stored(r, ControllingAmountKind.Plan), Actual = Stored(r, ControllingAmountKind.Actual) }).ToList();
    }
}
