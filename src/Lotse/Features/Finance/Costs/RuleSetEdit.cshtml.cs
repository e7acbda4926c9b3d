using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Lotse.Features.Finance.CostModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Costs;

/// <summary>Creates (/intern/kosten/regelwerke/neu) or changes a funding rule set and its rows.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class RuleSetEditModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<CostsResource> text) : PageModel
{
    public const string CreateRoute = "intern/kosten/regelwerke/neu";
    private const int EmptyRows = 2;

    public sealed class RuleInput
    {
        public string? Subject { get; set; }
        public string? Kind { get; set; }
        public string? Mode { get; set; }
        public string? Cap { get; set; }
        public string? MaxCount { get; set; }
        public string? UnitShare { get; set; }
        public string? Note { get; set; }
        public string? Source { get; set; }
    }

    public sealed class SetInput
    {
        public string? Name { get; set; }
        public string? ValidFrom { get; set; }
        public string? ConcurrencyStamp { get; set; }
        public List<RuleInput> Rules { get; set; } = [];
    }

    [BindProperty]
    public SetInput Input { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<SelectOption> Kinds => Enum.GetValues<FundingRuleKind>().Select(k => new SelectOption(k.ToString(), text[$"Kind.{k}"])).ToList();
    public IReadOnlyList<SelectOption> Modes => Enum.GetValues<FundingMode>().Select(m => new SelectOption(m.ToString(), text[$"Mode.{m}"])).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var set = await db.FundingRuleSets.AsNoTracking().Include(s => s.Rules).FirstOrDefaultAsync(s => s.Id == existing, cancellationToken);
            if (set is null)
                return NotFound();
            Input = new SetInput
            {
                Name = set.Name, ValidFrom = set.ValidFrom.ToString("yyyy-MM-dd"), ConcurrencyStamp = set.ConcurrencyStamp.ToString(),
                Rules = set.Rules.OrderBy(r => r.SortOrder).Select(r => new RuleInput
                {
                    Subject = r.Subject, Kind = r.Kind.ToString(), Mode = r.Mode.ToString(), Cap = FormNumber.Show(r.Cap),
                    MaxCount = r.MaxCount?.ToString(), UnitShare = FormNumber.Show(r.UnitShare), Note = r.Note, Source = r.Source,
                }).ToList(),
            };
        }
        Input.Rules.AddRange(Enumerable.Range(0, EmptyRows).Select(_ => new RuleInput()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Id = id;
        FundingRuleSet? set = null;
        if (id is { } existing)
        {
            set = await db.FundingRuleSets.Include(s => s.Rules).FirstOrDefaultAsync(s => s.Id == existing, cancellationToken);
            if (set is null)
                return NotFound();
        }
        ModelState.Clear();
        void Error(string field, string message) => ModelState.AddModelError($"Input.{field}", message);
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            Error(nameof(SetInput.Name), "Bitte geben Sie einen Namen an (höchstens 200 Zeichen).");
        else if (await db.FundingRuleSets.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
            Error(nameof(SetInput.Name), "Ein Regelwerk mit diesem Namen gibt es schon.");
        if (!DateOnly.TryParseExact(Input.ValidFrom?.Trim(), "yyyy-MM-dd", out var from))
            Error(nameof(SetInput.ValidFrom), "Bitte geben Sie an, ab wann das Regelwerk gilt.");
        var rules = new List<FundingRule>();
        for (var i = 0; i < Input.Rules.Count; i++)
        {
            var row = Input.Rules[i];
            if (string.IsNullOrWhiteSpace(row.Subject) && string.IsNullOrWhiteSpace(row.Cap) && string.IsNullOrWhiteSpace(row.MaxCount)
                && string.IsNullOrWhiteSpace(row.Note) && string.IsNullOrWhiteSpace(row.Source))
                continue;
            var field = $"Rules[{i}]";
            var subject = row.Subject?.Trim();
            if (string.IsNullOrEmpty(subject) || subject.Length > 200)
                Error($"{field}.Subject", $"Regel {i + 1}: Bitte geben Sie den Fördergegenstand an (höchstens 200 Zeichen).");
            if (!Enum.TryParse<FundingRuleKind>(row.Kind, out var kind) || !Enum.IsDefined(kind))
                Error($"{field}.Kind", $"Regel {i + 1}: Bitte wählen Sie die Art.");
            if (!Enum.TryParse<FundingMode>(row.Mode, out var mode) || !Enum.IsDefined(mode))
                Error($"{field}.Mode", $"Regel {i + 1}: Bitte wählen Sie Festbetrag oder Vollfinanzierung.");
            decimal? cap = null;
            if (!string.IsNullOrWhiteSpace(row.Cap))
            {
                if (FormNumber.TryParse(row.Cap, out var c) && c is >= 0m and <= ScenarioValidator.MaxAmount)
                    cap = c;
                else
                    Error($"{field}.Cap", $"Regel {i + 1}: Der Höchstbetrag muss ein Betrag ab 0 sein.");
            }
            int? max = null;
            if (!string.IsNullOrWhiteSpace(row.MaxCount))
            {
                if (int.TryParse(row.MaxCount.Trim(), out var m) && m is >= 0 and <= ScenarioValidator.MaxCount)
                    max = m;
                else
                    Error($"{field}.MaxCount", $"Regel {i + 1}: Die Höchstzahl muss eine ganze Zahl ab 0 sein.");
            }
            var unitShare = 1m;
            if (!string.IsNullOrWhiteSpace(row.UnitShare) && !(FormNumber.TryParse(row.UnitShare, out unitShare) && unitShare is > 0m and <= 1m))
                Error($"{field}.UnitShare", $"Regel {i + 1}: Der Stellenanteil je Einheit muss größer als 0 und höchstens 1 sein.");
            if (row.Note?.Trim().Length > 500)
                Error($"{field}.Note", $"Regel {i + 1}: Höchstens 500 Zeichen.");
            if (row.Source?.Trim().Length > 500)
                Error($"{field}.Source", $"Regel {i + 1}: Höchstens 500 Zeichen.");
            rules.Add(new FundingRule
            {
                Id = Guid.NewGuid(), Subject = subject ?? "", Kind = kind, Mode = mode, Cap = cap, MaxCount = max, UnitShare = unitShare,
                Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim(), Source = string.IsNullOrWhiteSpace(row.Source) ? null : row.Source.Trim(),
            });
        }
        Guid stamp = Guid.Empty;
        if (set is not null && !Guid.TryParse(Input.ConcurrencyStamp, out stamp))
            ModelState.AddModelError("", "Dem Formular fehlt sein Bearbeitungsstand; bitte laden Sie die Seite neu.");
        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (set is null)
        {
            set = new FundingRuleSet { Id = Guid.NewGuid(), Name = name! };
            db.FundingRuleSets.Add(set);
        }
        else
        {
            db.Entry(set).Property(s => s.ConcurrencyStamp).OriginalValue = stamp;
            db.RemoveRange(set.Rules);
            set.Rules.Clear();
        }
        set.Name = name!;
        set.ValidFrom = from;
        set.LastModified = clock.GetUtcNow().UtcDateTime;
        var order = 0;
        foreach (var rule in rules)
        {
            rule.RuleSetId = set.Id;
            rule.SortOrder = order++;
            set.Rules.Add(rule);
        }
        db.AddRange(set.Rules);   // new rows with ids set: added, not taken for existing ones
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Jemand anderes hat dieses Regelwerk inzwischen gespeichert. Ihre Eingaben wurden nicht gespeichert; öffnen Sie es neu.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect("/intern/kosten/regelwerke");
    }
}
