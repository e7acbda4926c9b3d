using Lotse.Features.Finance.CostModel;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lotse.Features.Finance.Costs;

/// <summary>The scenario form as posted: text fields, parsed and checked here and by the cost model.</summary>
public sealed class ScenarioInput
{
    public const int EmptyPositionRows = 3;
    public const int EmptyOtherRows = 2;

    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Date { get; set; }
    public string? RuleSetId { get; set; }
    public string? OverheadShare { get; set; }
    public string? Workstations { get; set; }
    public string? Offices { get; set; }
    public string? ProjectFunds { get; set; }
    public string? ProjectFundsSource { get; set; }
    public string? PersonnelTotal { get; set; }
    public string? PersonnelTotalSource { get; set; }
    public bool IsPublished { get; set; }
    public string? ConcurrencyStamp { get; set; }
    public List<LineInput> Positions { get; set; } = [];
    public List<LineInput> OtherLines { get; set; } = [];

    public sealed class LineInput
    {
        public string? Label { get; set; }
        public string? Share { get; set; }
        public string? Amount { get; set; }
        public string? Source { get; set; }
        public string? FundingSubject { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Share) && string.IsNullOrWhiteSpace(Amount)
            && string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(FundingSubject);
    }

    public static ScenarioInput From(CostScenario s) => new()
    {
        Name = s.Name,
        Description = s.Description,
        Date = s.Date.ToString("yyyy-MM-dd"),
        RuleSetId = s.FundingRuleSetId?.ToString(),
        OverheadShare = FormNumber.Show(s.OverheadShare),
        Workstations = s.Workstations.ToString(),
        Offices = s.Offices.ToString(),
        ProjectFunds = FormNumber.Show(s.ProjectFunds),
        ProjectFundsSource = s.ProjectFundsSource,
        PersonnelTotal = FormNumber.Show(s.PersonnelTotal),
        PersonnelTotalSource = s.PersonnelTotalSource,
        IsPublished = s.IsPublished,
        ConcurrencyStamp = s.ConcurrencyStamp.ToString(),
        Positions = s.Lines.Where(l => l.Kind == CostScenarioLineKind.Position).OrderBy(l => l.SortOrder).Select(Line).ToList(),
        OtherLines = s.Lines.Where(l => l.Kind == CostScenarioLineKind.Other).OrderBy(l => l.SortOrder).Select(Line).ToList(),
    };

    private static LineInput Line(CostScenarioLine l) => new()
    {
        Label = l.Label, Share = FormNumber.Show(l.Share), Amount = FormNumber.Show(l.Amount), Source = l.Source, FundingSubject = l.FundingSubject,
    };

    /// <summary>Rows for new lines below the filled ones (the form works without JavaScript).</summary>
    public void AddEmptyRows()
    {
        Positions.AddRange(Enumerable.Range(0, EmptyPositionRows).Select(_ => new LineInput()));
        OtherLines.AddRange(Enumerable.Range(0, EmptyOtherRows).Select(_ => new LineInput()));
    }

    public sealed record Parsed(string Name, string? Description, DateOnly Date, Guid? RuleSetId, Scenario Scenario, bool IsPublished);

    /// <summary>The parsed form, or null with German messages in <paramref name="state"/> (keys "Input.Field").</summary>
    public Parsed? Parse(ModelStateDictionary state, IReadOnlySet<Guid> ruleSetIds)
    {
        void Error(string field, string message) => state.AddModelError($"Input.{field}", message);

        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
            Error(nameof(Name), "Bitte geben Sie einen Namen an.");
        else if (name.Length > 200)
            Error(nameof(Name), "Der Name darf höchstens 200 Zeichen lang sein.");
        var description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        if (description?.Length > 5_000)
            Error(nameof(Description), "Die Beschreibung darf höchstens 5000 Zeichen lang sein.");
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", out var date))
            Error(nameof(Date), "Bitte geben Sie ein Datum an (TT.MM.JJJJ).");
        Guid? ruleSet = null;
        if (!string.IsNullOrWhiteSpace(RuleSetId))
        {
            if (Guid.TryParse(RuleSetId, out var id) && ruleSetIds.Contains(id))
                ruleSet = id;
            else
                Error(nameof(RuleSetId), "Bitte wählen Sie ein Förderregelwerk aus der Liste.");
        }
        var overhead = Number(nameof(OverheadShare), OverheadShare, "Gemeinkostenanteil", required: true) ?? 0m;
        var workstations = Count(nameof(Workstations), Workstations, "Arbeitsplätze");
        var offices = Count(nameof(Offices), Offices, "Büros");
        var funds = Number(nameof(ProjectFunds), ProjectFunds, "Projektmittel");
        var personnel = Number(nameof(PersonnelTotal), PersonnelTotal, "Summe der Personalkosten");
        if (personnel is not null && string.IsNullOrWhiteSpace(PersonnelTotalSource))
            Error(nameof(PersonnelTotalSource), "Bitte nennen Sie die Quelle der eingegebenen Summe.");
        Text(nameof(ProjectFundsSource), ProjectFundsSource);
        Text(nameof(PersonnelTotalSource), PersonnelTotalSource);

        var positions = new List<PositionLine>();
        for (var i = 0; i < Positions.Count; i++)
        {
            var line = Positions[i];
            if (line.IsBlank)
                continue;
            var field = $"{nameof(Positions)}[{i}]";
            var share = Number($"{field}.Share", string.IsNullOrWhiteSpace(line.Share) ? "1" : line.Share, "Stellenanteil") ?? 0m;
            var amount = Number($"{field}.Amount", line.Amount, "Betrag");
            if (amount is not null && string.IsNullOrWhiteSpace(line.Source))
                Error($"{field}.Source", $"Stelle {i + 1}: Bitte nennen Sie die Quelle des eingegebenen Betrags.");
            Text($"{field}.Label", line.Label);
            Text($"{field}.Source", line.Source);
            Text($"{field}.FundingSubject", line.FundingSubject);
            positions.Add(new PositionLine(line.Label?.Trim() ?? "", share, amount is { } a ? new EnteredAmount(a, line.Source?.Trim()) : null,
                string.IsNullOrWhiteSpace(line.FundingSubject) ? null : line.FundingSubject.Trim()));
        }
        var others = new List<OtherLine>();
        for (var i = 0; i < OtherLines.Count; i++)
        {
            var line = OtherLines[i];
            if (line.IsBlank)
                continue;
            var field = $"{nameof(OtherLines)}[{i}]";
            var amount = Number($"{field}.Amount", line.Amount, "Betrag", required: true) ?? 0m;
            Text($"{field}.Label", line.Label);
            Text($"{field}.Source", line.Source);
            Text($"{field}.FundingSubject", line.FundingSubject);
            others.Add(new OtherLine(line.Label?.Trim() ?? "", new EnteredAmount(amount, line.Source?.Trim()),
                string.IsNullOrWhiteSpace(line.FundingSubject) ? null : line.FundingSubject.Trim()));
        }
        if (state.ErrorCount > 0)
            return null;
        var scenario = new Scenario(name!, date, positions, overhead, workstations, offices,
            funds is { } f ? new EnteredAmount(f, ProjectFundsSource?.Trim()) : null, others,
            personnel is { } p ? new EnteredAmount(p, PersonnelTotalSource?.Trim()) : null);
        return new Parsed(name!, description, date, ruleSet, scenario, IsPublished);

        decimal? Number(string field, string? value, string what, bool required = false)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                    Error(field, $"{what}: Bitte geben Sie eine Zahl an.");
                return null;
            }
            if (FormNumber.TryParse(value, out var number))
                return number;
            Error(field, $"{what}: „{(value.Length > 30 ? value[..30] + "…" : value.Trim())}“ ist keine Zahl.");
            return null;
        }

        int Count(string field, string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                return 0;
            if (int.TryParse(value.Trim(), out var count))
                return count;
            Error(field, $"{what}: Bitte geben Sie eine ganze Zahl an.");
            return 0;
        }

        void Text(string field, string? value)
        {
            if (value?.Trim().Length > 200)
                Error(field, "Höchstens 200 Zeichen.");
        }
    }

    /// <summary>"positions[0].share" (cost model) → "Input.Positions[0].Share" (form).</summary>
    public static string FieldOf(string modelField) =>
        "Input." + string.Join('.', modelField.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
