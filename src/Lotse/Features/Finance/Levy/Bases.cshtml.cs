using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Levy;

/// <summary>The levy bases of one year, one field per municipality; saved all together or not at all.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class BasesModel(LotseDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<LevyResource> text) : PageModel
{
    public sealed class BaseInput
    {
        public Guid MunicipalityId { get; set; }
        public string? Amount { get; set; }
        /// <summary>Stamp of the stored row the form was loaded with; empty when there was none.</summary>
        public string? Stamp { get; set; }
    }

    [BindProperty(Name = "jahr", SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public List<BaseInput> Input { get; set; } = [];

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public int SelectedYear { get; private set; }
    public IReadOnlyList<LevyRow> Rows { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ValidYear())
            return Invalid();
        await LoadAsync(cancellationToken);
        Input = Rows.Select(r => new BaseInput
        {
            MunicipalityId = r.MunicipalityId,
            Amount = r.Base is null ? null : EuroText.Number(r.Base.Amount),
            Stamp = r.Base?.ConcurrencyStamp.ToString(),
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded)
            return Forbid();
        if (!ValidYear())
            return Invalid();
        await LoadAsync(cancellationToken);
        var rows = await LevyTable.LoadAsync(db, SelectedYear, track: true, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < Input.Count; i++)
        {
            var input = Input[i];
            var row = rows.FirstOrDefault(r => r.MunicipalityId == input.MunicipalityId);
            if (row is null)
            {
                ModelState.AddModelError($"Input[{i}].Amount", text["Validation.Municipality"]);
                continue;
            }
            var amount = EuroText.Parse(input.Amount);
            if (!string.IsNullOrWhiteSpace(input.Amount) && amount is null or < 0)
            {
                ModelState.AddModelError($"Input[{i}].Amount", text["Validation.Base", row.Name]);
                continue;
            }
            Guid? stamp = Guid.TryParse(input.Stamp, out var s) ? s : null;
            if (row.Base is null)
            {
                if (amount is not null)
                    db.LevyBases.Add(new LevyBase { Id = Guid.NewGuid(), MunicipalityId = row.MunicipalityId, Year = SelectedYear, Amount = amount.Value, LastModified = now });
                continue;
            }
            if (stamp != row.Base.ConcurrencyStamp)
                Conflict = true;
            db.Entry(row.Base).Property(b => b.ConcurrencyStamp).OriginalValue = stamp ?? Guid.Empty;
            if (amount is null)
                db.LevyBases.Remove(row.Base);
            else if (amount != row.Base.Amount)
                (row.Base.Amount, row.Base.IsExample, row.Base.LastModified) = (amount.Value, false, now);
        }
        if (!ModelState.IsValid)
            return Invalid();
        if (Conflict)
            return await ConflictPageAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved this year's bases first (changed, removed or added a row): nothing of this form is kept.
            return await ConflictPageAsync(cancellationToken);
        }
        return RedirectToPage(new { jahr = SelectedYear, gespeichert = true });
    }

    private bool ValidYear()
    {
        SelectedYear = Year ?? clock.GetUtcNow().Year;
        if (SelectedYear is >= LevyTable.MinYear and <= LevyTable.MaxYear)
            return true;
        ModelState.AddModelError("jahr", text["Validation.Year", LevyTable.MinYear, LevyTable.MaxYear]);
        return false;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rows = await LevyTable.LoadAsync(db, SelectedYear, track: false, cancellationToken);
        MayEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Someone saved first: the form shows the stored values now, to be checked and entered again.</summary>
    private async Task<PageResult> ConflictPageAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Conflict = true;
        ModelState.Clear();
        Rows = await LevyTable.LoadAsync(db, SelectedYear, track: false, cancellationToken);
        Input = Rows.Select(r => new BaseInput
        {
            MunicipalityId = r.MunicipalityId,
            Amount = r.Base is null ? null : EuroText.Number(r.Base.Amount),
            Stamp = r.Base?.ConcurrencyStamp.ToString(),
        }).ToList();
        ModelState.AddModelError("", text["Bases.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
