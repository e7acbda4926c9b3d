using Lotse.Features.Finance.CostModel;

namespace Lotse.Features.Finance.Costs;

/// <summary>Stored scenarios, rate tables and rule sets as the cost model reads them.</summary>
public static class CostModelMapping
{
    public static Scenario ToModel(this CostScenario scenario) => new(
        scenario.Name,
        scenario.Date,
        scenario.Lines.Where(l => l.Kind == CostScenarioLineKind.Position).OrderBy(l => l.SortOrder)
            .Select(l => new PositionLine(l.Label, l.Share, l.Amount is { } a ? new EnteredAmount(a, l.Source) : null, l.FundingSubject)).ToList(),
        scenario.OverheadShare,
        scenario.Workstations,
        scenario.Offices,
        scenario.ProjectFunds is { } funds ? new EnteredAmount(funds, scenario.ProjectFundsSource) : null,
        scenario.Lines.Where(l => l.Kind == CostScenarioLineKind.Other).OrderBy(l => l.SortOrder)
            .Select(l => new OtherLine(l.Label, new EnteredAmount(l.Amount ?? 0m, l.Source), l.FundingSubject)).ToList(),
        scenario.PersonnelTotal is { } total ? new EnteredAmount(total, scenario.PersonnelTotalSource) : null);

    public static RateTable ToModel(this CostRateTable table) => new(
        table.Name, table.ValidFrom, table.ValidTo, table.Source,
        table.Rates.GroupBy(r => r.PayGrade.Trim()).ToDictionary(g => g.Key, g => g.First().AnnualRate),
        table.WorkstationRate, table.OfficeRate);

    public static FundingRules ToModel(this FundingRuleSet set) => new(
        set.Name, set.ValidFrom,
        set.Rules.OrderBy(r => r.SortOrder)
            .Select(r => new FundingRuleRow(r.Subject, r.Kind, r.Mode, r.Cap, r.MaxCount, r.UnitShare, r.Note, r.Source)).ToList());
}
