using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.CostModel;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>
/// Creates (/intern/kosten/neu) or changes a scenario. The cost model checks it before it is saved, so a stored
/// scenario always calculates; a save over someone else's newer one is refused.
/// </summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class EditModel(LotseDbContext db, CostStatements statements, TimeProvider clock) : PageModel
{
    public const string CreateRoute = "intern/kosten/neu";

    [BindProperty]
    public ScenarioInput Input { get; set; } = new();

    public Guid? Id { get; private set; }
    public IReadOnlyList<SelectOption> RuleSets { get; private set; } = [];
    public IReadOnlyList<string> Subjects { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var scenario = await db.CostScenarios.AsNoTracking().Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == existing, cancellationToken);
            if (scenario is null)
                return NotFound();
            Input = ScenarioInput.From(scenario);
        }
        else
        {
            Input = new ScenarioInput { Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"), OverheadShare = "0,3" };
        }
        Input.AddEmptyRows();
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        CostScenario? scenario = null;
        if (id is { } existing)
        {
            scenario = await db.CostScenarios.Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == existing, cancellationToken);
            if (scenario is null)
                return NotFound();
        }
        await LoadChoicesAsync(cancellationToken);
        ModelState.Clear();
        var ruleSetIds = (await db.FundingRuleSets.Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        var parsed = Input.Parse(ModelState, ruleSetIds);
        Guid stamp = Guid.Empty;
        if (scenario is not null && !Guid.TryParse(Input.ConcurrencyStamp, out stamp))
            ModelState.AddModelError("", "Dem Formular fehlt sein Bearbeitungsstand; bitte laden Sie die Seite neu.");
        if (parsed is not null)
        {
            var rules = parsed.RuleSetId is { } ruleSetId ? await statements.RuleSetAsync(ruleSetId.ToString(), cancellationToken) : null;
            var result = CostCalculator.Calculate(parsed.Scenario, await statements.RateTablesAsync(cancellationToken), rules);
            foreach (var error in result.Errors)
                ModelState.AddModelError(ScenarioInput.FieldOf(error.Field), error.Message);
        }
        if (parsed is null || ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (scenario is null)
        {
            scenario = new CostScenario { Id = Guid.NewGuid(), Name = parsed.Name, CreatedAt = now };
            db.CostScenarios.Add(scenario);
        }
        else
        {
            db.Entry(scenario).Property(s => s.ConcurrencyStamp).OriginalValue = stamp;
            db.RemoveRange(scenario.Lines);
            scenario.Lines.Clear();
        }
        Apply(scenario, parsed, now);
        // Lines with their ids set would be taken for existing rows when found through the navigation.
        db.AddRange(scenario.Lines);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            ModelState.AddModelError("", "Jemand anderes hat dieses Szenario inzwischen gespeichert. Ihre Eingaben wurden nicht gespeichert; öffnen Sie das Szenario neu, um den gespeicherten Stand zu sehen.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/intern/kosten/{scenario.Id}?gespeichert=true");
    }

    private static void Apply(CostScenario target, ScenarioInput.Parsed parsed, DateTime now)
    {
        var s = parsed.Scenario;
        target.Name = parsed.Name;
        target.Description = parsed.Description;
        target.Date = parsed.Date;
        target.FundingRuleSetId = parsed.RuleSetId;
        target.OverheadShare = s.OverheadShare;
        target.Workstations = s.Workstations;
        target.Offices = s.Offices;
        target.ProjectFunds = s.ProjectFunds?.Amount;
        target.ProjectFundsSource = s.ProjectFunds?.Source;
        target.PersonnelTotal = s.PersonnelTotal?.Amount;
        target.PersonnelTotalSource = s.PersonnelTotal?.Source;
        target.IsPublished = parsed.IsPublished;
        target.LastModified = now;
        var order = 0;
        foreach (var p in s.Positions)
            target.Lines.Add(new CostScenarioLine
            {
                Id = Guid.NewGuid(), ScenarioId = target.Id, SortOrder = order++, Kind = CostScenarioLineKind.Position,
                Label = p.Label, Share = p.Share, Amount = p.Amount?.Amount, Source = p.Amount?.Source, FundingSubject = p.FundingSubject,
            });
        foreach (var o in s.OtherLines)
            target.Lines.Add(new CostScenarioLine
            {
                Id = Guid.NewGuid(), ScenarioId = target.Id, SortOrder = order++, Kind = CostScenarioLineKind.Other,
                Label = o.Label, Share = 1m, Amount = o.Amount.Amount, Source = o.Amount.Source, FundingSubject = o.FundingSubject,
            });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var sets = await db.FundingRuleSets.AsNoTracking().Include(s => s.Rules).OrderBy(s => s.ValidFrom).ToListAsync(cancellationToken);
        RuleSets = sets.Select(s => new SelectOption(s.Id.ToString(), $"{s.Name} (ab {s.ValidFrom:dd.MM.yyyy})")).ToList();
        Subjects = sets.SelectMany(s => s.Rules).Where(r => r.Kind is FundingRuleKind.Position or FundingRuleKind.Lump)
            .Select(r => r.Subject).Distinct().Order().ToList();
    }
}
