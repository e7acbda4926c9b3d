using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Rounds compared over time: the counts of the chosen rounds question by question.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class CompareModel(LotseDbContext db) : PageModel
{
    [BindProperty(Name = "runde", SupportsGet = true)]
    public List<Guid> Chosen { get; set; } = [];

    public IReadOnlyList<SurveyRound> Rounds { get; private set; } = [];
    public IReadOnlyList<SurveyRound> Compared { get; private set; } = [];
    public IReadOnlyList<SurveySummary> Summaries { get; private set; } = [];
    public IReadOnlyList<SurveyComparison.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rounds = await db.SurveyRounds.AsNoTracking().OrderBy(r => r.OpenedAt).ToListAsync(cancellationToken);
        // Without a choice: all rounds, oldest first.
        Compared = Chosen.Count == 0 ? Rounds : Rounds.Where(r => Chosen.Contains(r.Id)).ToList();
        var summaries = new List<SurveySummary>();
        foreach (var round in Compared)
            summaries.Add(await SurveyQueries.SummaryAsync(db, round, cancellationToken));
        Summaries = summaries;
        Rows = SurveyComparison.Create(summaries);
    }
}
