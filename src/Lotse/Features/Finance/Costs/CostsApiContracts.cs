using Lotse.Features.Finance.CostModel;

namespace Lotse.Features.Finance.Costs;

/// <summary>The JSON shapes of /api/v1/costs; field names in errors follow them (e.g. "positions[0].share").</summary>
public static class CostsApiContracts
{
    /// <param name="Date">Rates come from the rate table valid on this date (default: today).</param>
    /// <param name="Rates">Rates of this request; without them the stored rate table valid on <paramref name="Date"/>.</param>
    /// <param name="RuleSet">A stored funding rule set by id or name.</param>
    /// <param name="FundingRules">A rule set of this request instead of <paramref name="RuleSet"/>.</param>
    public sealed record CalculateRequest(
        string? Name,
        DateOnly? Date,
        IReadOnlyList<PositionInput>? Positions,
        decimal? PersonnelTotal,
        string? PersonnelTotalSource,
        decimal OverheadShare,
        int Workstations,
        int Offices,
        decimal? ProjectFunds,
        string? ProjectFundsSource,
        IReadOnlyList<OtherLineInput>? OtherLines,
        RatesInput? Rates,
        string? RuleSet,
        FundingRulesInput? FundingRules);

    public sealed record PositionInput(string? Label, decimal Share = 1m, decimal? Amount = null, string? Source = null, string? FundingSubject = null);

    public sealed record OtherLineInput(string? Label, decimal Amount, string? Source = null, string? FundingSubject = null);

    public sealed record RatesInput(IReadOnlyDictionary<string, decimal>? PayGrades, decimal? Workstation, decimal? Office, string? Source);

    public sealed record FundingRulesInput(string? Name, IReadOnlyList<FundingRuleInput>? Rows);

    /// <param name="Kind">position, lump, totalCap or noCost.</param>
    /// <param name="Mode">fixedAmount (Festbetrag) or fullFinancing (Vollfinanzierung).</param>
    public sealed record FundingRuleInput(string? Subject, string? Kind, string? Mode, decimal? Cap, int? MaxCount, decimal UnitShare = 1m);

    public sealed record LineDto(string Kind, string Label, decimal Amount, string Explanation);

    public sealed record PositionDto(string Label, decimal Share, decimal? Amount, string Explanation, string? FundingSubject);

    public sealed record FundingDto(string Subject, string Mode, decimal? Cap, int? MaxCount, decimal Units, decimal? EligibleCost, decimal Amount, string Explanation);

    public sealed record StatementDto(
        string Scenario,
        DateOnly Date,
        string? RateTable,
        string? RuleSet,
        IReadOnlyList<LineDto> Lines,
        IReadOnlyList<PositionDto> Positions,
        decimal Total,
        IReadOnlyList<FundingDto> Funding,
        decimal StateFunding,
        decimal CountyShare,
        IReadOnlyList<string> Notes,
        string Rounding);

    public sealed record ScenarioSummaryDto(Guid Id, string Name, string? Description, DateOnly Date, string? RuleSet, decimal Total, decimal StateFunding, decimal CountyShare, string Url);

    public sealed record ScenarioDto(Guid Id, string Name, string? Description, DateOnly Date, string? RuleSet, CalculateRequest Input, StatementDto Statement);

    public const string RoundingNote = "Jede Zeile wird am Ende auf volle Euro gerundet (kaufmännisch); Summen sind Summen der gerundeten Zeilen.";

    public static StatementDto ToDto(CostStatement s) => new(
        s.ScenarioName, s.Date, s.RateTableName, s.FundingRulesName,
        s.Lines.Select(l => new LineDto(Camel(l.Kind.ToString()), l.Label, l.Amount, l.Explanation)).ToList(),
        s.Positions.Select(p => new PositionDto(p.Label, p.Share, p.Amount, p.Explanation, p.FundingSubject)).ToList(),
        s.Total,
        s.Funding.Select(f => new FundingDto(f.Subject, Camel(f.Mode.ToString()), f.Cap, f.MaxCount, f.Units, f.EligibleCost, f.Amount, f.Explanation)).ToList(),
        s.StateFunding, s.CountyShare, s.Notes, RoundingNote);

    /// <summary>A stored scenario in the request's shape, so a client can change it and post it to calculate.</summary>
    public static CalculateRequest ToInput(CostScenario s) => new(
        s.Name, s.Date,
        s.Lines.Where(l => l.Kind == CostScenarioLineKind.Position).OrderBy(l => l.SortOrder)
            .Select(l => new PositionInput(l.Label, l.Share, l.Amount, l.Source, l.FundingSubject)).ToList(),
        s.PersonnelTotal, s.PersonnelTotalSource, s.OverheadShare, s.Workstations, s.Offices, s.ProjectFunds, s.ProjectFundsSource,
        s.Lines.Where(l => l.Kind == CostScenarioLineKind.Other).OrderBy(l => l.SortOrder)
            .Select(l => new OtherLineInput(l.Label, l.Amount ?? 0m, l.Source, l.FundingSubject)).ToList(),
        null, s.FundingRuleSet?.Name, null);

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
