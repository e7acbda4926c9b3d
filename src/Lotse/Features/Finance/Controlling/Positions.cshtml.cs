using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.Levy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The funded positions of a period and their occupancy: add a position, record a vacancy, record a new occupancy.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class PositionsModel(LotseDbContext db, IAuthorizationService authorization, IStringLocalizer<ControllingResource> text) : PageModel
{
    public sealed class NewPosition
    {
        public string? Label { get; set; }
        public string? PayGrade { get; set; }
        public string? Share { get; set; }
        public string? PlannedAnnualAmount { get; set; }
        public string? OccupiedFrom { get; set; }
    }

    public sealed class OccupancyChange
    {
        public Guid PositionId { get; set; }
        public string? Date { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    [BindProperty]
    public NewPosition Input { get; set; } = new() { Share = "1" };

    [BindProperty]
    public OccupancyChange Change { get; set; } = new();

    public FundingPeriod Period { get; private set; } = null!;
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        ModelState.Clear();
        var label = Input.Label?.Trim();
        if (string.IsNullOrEmpty(label))
            ModelState.AddModelError("Input.Label", text["Validation.LabelRequired"]);
        else if (label.Length > 200)
            ModelState.AddModelError("Input.Label", text["Validation.TooLong", 200]);
        var payGrade = Input.PayGrade?.Trim();
        if (payGrade?.Length > 50)
            ModelState.AddModelError("Input.PayGrade", text["Validation.TooLong", 50]);
        var share = EuroText.Parse(Input.Share);
        if (share is null or <= 0 or > 1)
            ModelState.AddModelError("Input.Share", text["Validation.Share"]);
        var amount = EuroText.Parse(Input.PlannedAnnualAmount);
        if (amount is null or < 0 or > 10_000_000m)
            ModelState.AddModelError("Input.PlannedAnnualAmount", text["Validation.Amount", text["Field.PlannedAnnualAmount"]]);
        DateOnly? occupiedFrom = string.IsNullOrWhiteSpace(Input.OccupiedFrom) ? null : PeriodInput.Date("Input.OccupiedFrom", Input.OccupiedFrom, ModelState, text);
        if (!ModelState.IsValid)
            return Invalid();
        var position = new FundedPosition
        {
            Id = Guid.NewGuid(),
            FundingPeriodId = id,
            Label = label!,
            PayGrade = string.IsNullOrEmpty(payGrade) ? null : payGrade,
            Share = share!.Value,
            PlannedAnnualAmount = amount!.Value,
        };
        if (occupiedFrom is not null)
            position.Occupancies.Add(new PositionOccupancy { Id = Guid.NewGuid(), OccupiedFrom = occupiedFrom.Value });
        db.FundedPositions.Add(position);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    /// <summary>The position is vacant from the date on: its open occupancy ends.</summary>
    public Task<IActionResult> OnPostVacateAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeOccupancyAsync(id, vacate: true, cancellationToken);

    /// <summary>The position is occupied again from the date on: a new occupancy period starts.</summary>
    public Task<IActionResult> OnPostOccupyAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeOccupancyAsync(id, vacate: false, cancellationToken);

    private async Task<IActionResult> ChangeOccupancyAsync(Guid id, bool vacate, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        ModelState.Clear();
        var key = $"Change_{Change.PositionId:N}";
        var position = await db.FundedPositions.Include(p => p.Occupancies)
            .FirstOrDefaultAsync(p => p.Id == Change.PositionId && p.FundingPeriodId == id, cancellationToken);
        if (position is null)
            return NotFound();
        var date = PeriodInput.Date(key, Change.Date, ModelState, text);
        if (!Guid.TryParse(Change.ConcurrencyStamp, out var stamp))
            ModelState.AddModelError(key, text["Validation.StampMissing"]);
        var open = position.Occupancies.FirstOrDefault(o => o.VacantFrom is null);
        var last = position.Occupancies.OrderBy(o => o.OccupiedFrom).LastOrDefault();
        if (date is { } d && ModelState.IsValid)
        {
            if (vacate && open is null)
                ModelState.AddModelError(key, text["Validation.NotOccupied"]);
            else if (vacate && d <= open!.OccupiedFrom)
                ModelState.AddModelError(key, text["Validation.VacantBeforeOccupied"]);
            else if (!vacate && open is not null)
                ModelState.AddModelError(key, text["Validation.AlreadyOccupied"]);
            else if (!vacate && last?.VacantFrom is { } vacantFrom && d < vacantFrom)
                ModelState.AddModelError(key, text["Validation.OccupiedBeforeVacant"]);
        }
        if (!ModelState.IsValid)
            return Invalid();
        if (vacate)
            open!.VacantFrom = date;
        else
            position.Occupancies.Add(new PositionOccupancy { Id = Guid.NewGuid(), FundedPositionId = position.Id, OccupiedFrom = date!.Value });
        // The position's stamp guards its occupancy: touching it makes two concurrent changes collide.
        db.Entry(position).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        db.Entry(position).Property(p => p.ConcurrencyStamp).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ModelState.AddModelError(key, text["Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var period = await db.FundingPeriods.AsNoTracking()
            .Include(p => p.Positions).ThenInclude(p => p.Occupancies)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
            return false;
        Period = period;
        MayEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return true;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
