using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Levy;

/// <summary>The county share distributed to the municipalities by their levy bases, next to what each reported spending on integration.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(
    LotseDbContext db,
    IEnumerable<ICountyShareSource> shareSources,
    IEnumerable<IReportedSpendingSource> spendingSources,
    TimeProvider clock,
    IStringLocalizer<LevyResource> text) : PageModel
{
    public const string Path = "/intern/umlage";

    [BindProperty(Name = "jahr", SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Key of a county share from a source.</summary>
    [BindProperty(Name = "quelle", SupportsGet = true)]
    public string? SourceKey { get; set; }

    /// <summary>An amount entered directly.</summary>
    [BindProperty(Name = "betrag", SupportsGet = true)]
    public string? AmountText { get; set; }

    public int SelectedYear { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<NamedAmount> Shares { get; private set; } = [];
    public IReadOnlyList<LevyRow> Rows { get; private set; } = [];
    public decimal? Amount { get; private set; }
    public string? AmountLabel { get; private set; }
    public IReadOnlyDictionary<Guid, LevyShare> Distribution { get; private set; } = new Dictionary<Guid, LevyShare>();
    public IReadOnlyDictionary<Guid, decimal?>? Reported { get; private set; }
    public string? Problem { get; private set; }
    public bool HasExamples => Rows.Any(r => r.Base?.IsExample == true);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Years = await LevyTable.YearsAsync(db, cancellationToken);
        SelectedYear = Year is >= LevyTable.MinYear and <= LevyTable.MaxYear ? Year.Value : Years.FirstOrDefault(clock.GetUtcNow().Year);
        if (Year is not null && Year != SelectedYear)
            ModelState.AddModelError("jahr", text["Validation.Year", LevyTable.MinYear, LevyTable.MaxYear]);
        foreach (var source in shareSources)
            Shares = [.. Shares, .. await source.CountySharesAsync(cancellationToken)];
        Rows = await LevyTable.LoadAsync(db, SelectedYear, track: false, cancellationToken);
        foreach (var source in spendingSources)
            Reported = await source.ReportedSpendingAsync(SelectedYear, cancellationToken);

        if (!string.IsNullOrEmpty(SourceKey))
        {
            var share = Shares.FirstOrDefault(s => s.Key == SourceKey);
            if (share is null)
                ModelState.AddModelError("quelle", text["Validation.Source"]);
            else
                (Amount, AmountLabel) = (share.Amount, $"{share.Name} ({share.Year})");
        }
        else if (!string.IsNullOrWhiteSpace(AmountText))
        {
            var amount = EuroText.Parse(AmountText);
            if (amount is null or < 0 || decimal.Truncate(amount.Value) != amount)
                ModelState.AddModelError("betrag", text["Validation.Amount"]);
            else
                (Amount, AmountLabel) = (amount, text["Amount.Entered"]);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Amount is { } total)
        {
            var bases = Rows.Where(r => r.Base is not null).Select(r => (r.MunicipalityId, r.Base!.Amount)).ToList();
            try
            {
                Distribution = LevyDistribution.Distribute(total, bases).ToDictionary(s => s.MunicipalityId);
            }
            catch (LevyDistributionException ex)
            {
                Problem = text["Problem." + ex.Problem];
            }
        }
        return Page();
    }
}
