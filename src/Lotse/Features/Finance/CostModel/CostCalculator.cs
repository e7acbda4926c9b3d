namespace Lotse.Features.Finance.CostModel;

/// <summary>
/// Turns a scenario into its cost statement. Each line is rounded to whole euro at its end (a position:
/// rate × share; overhead: share × the personnel line; workstations and offices: count × rate); the totals
/// are sums of rounded lines, so the statement adds up as printed.
/// </summary>
public static class CostCalculator
{
    public static CostResult Calculate(Scenario scenario, IEnumerable<RateTable> rateTables, FundingRules? rules)
    {
        var rates = RateTable.ValidOn(rateTables, scenario.Date);
        var errors = ScenarioValidator.Validate(scenario, rates, rules);
        if (errors.Count > 0)
            return new CostResult(null, errors);

        var positions = scenario.Positions.Select(p => Price(p, rates, scenario.PersonnelTotal is not null)).ToList();
        var lines = new List<StatementLine>();
        var personnel = scenario.PersonnelTotal is { } total ? Euro.Round(total.Amount) : positions.Sum(p => p.Amount ?? 0m);
        if (positions.Count > 0 || scenario.PersonnelTotal is not null)
            lines.Add(new StatementLine(CostLineKind.Personnel, "Personalkosten", personnel, PersonnelExplanation(scenario, rates)));
        if (scenario.OverheadShare > 0m)
            lines.Add(new StatementLine(CostLineKind.Overhead, "Querschnitts-/Sachkosten", Euro.Round(personnel * scenario.OverheadShare),
                $"{Euro.Share(scenario.OverheadShare)} der Personalkosten"));
        if (scenario.Workstations > 0)
            lines.Add(new StatementLine(CostLineKind.Workstations, "IT-Standardarbeitsplatz", Euro.Round(scenario.Workstations * rates!.WorkstationRate!.Value),
                $"{scenario.Workstations} {(scenario.Workstations == 1 ? "Arbeitsplatz" : "Arbeitsplätze")} (je {Euro.Format(rates.WorkstationRate.Value)}, {rates.Name})"));
        if (scenario.Offices > 0)
            lines.Add(new StatementLine(CostLineKind.Offices, "Raumkosten", Euro.Round(scenario.Offices * rates!.OfficeRate!.Value),
                $"{scenario.Offices} {(scenario.Offices == 1 ? "Büro" : "Büros")} (je {Euro.Format(rates.OfficeRate.Value)}, {rates.Name})"));
        if (scenario.ProjectFunds is { } funds)
            lines.Add(new StatementLine(CostLineKind.ProjectFunds, "Projektmittel", Euro.Round(funds.Amount), SourceText(funds.Source)));
        foreach (var other in scenario.OtherLines)
            lines.Add(new StatementLine(CostLineKind.Other, other.Label.Trim(), Euro.Round(other.Amount.Amount), SourceText(other.Amount.Source)));

        var totalCost = lines.Sum(l => l.Amount);
        var funding = FundingCalculator.Calculate(scenario, positions, personnel, totalCost, rules);
        return new CostResult(new CostStatement(
            scenario.Name, scenario.Date, rates?.Name, rules?.Name, lines, positions, totalCost,
            funding.Lines, funding.Total, totalCost - funding.Total, funding.Notes), []);
    }

    private static PositionCost Price(PositionLine position, RateTable? rates, bool personnelAsTotal)
    {
        var label = position.Label.Trim();
        var subject = string.IsNullOrWhiteSpace(position.FundingSubject) ? null : position.FundingSubject.Trim();
        if (position.Amount is { } entered)
            return new PositionCost(label, position.Share, Euro.Round(entered.Amount), $"eingegeben; {SourceText(entered.Source)}", subject);
        if (personnelAsTotal)
            return new PositionCost(label, position.Share, null, "in der Summe der Personalkosten enthalten; die Quelle weist keinen Einzelbetrag aus", subject);
        var rate = rates!.RateOf(label)!.Value;
        return new PositionCost(label, position.Share, Euro.Round(rate * position.Share),
            $"{Euro.Format(rate)} × {Euro.Number(position.Share)} ({rates.Name})", subject);
    }

    private static string PersonnelExplanation(Scenario scenario, RateTable? rates)
    {
        var groups = scenario.Positions
            .GroupBy(p => (Label: p.Label.Trim(), p.Share))
            .Select(g => PositionText(g.Count(), g.Key.Share, g.Key.Label));
        var text = string.Join(", ", groups);
        if (scenario.PersonnelTotal is { } total)
            return $"{text}; Summe wie in der Quelle angegeben ({SourceText(total.Source)}), nicht nach Gruppen aufgeteilt";
        if (scenario.Positions.All(p => p.Amount is not null))
            return $"{text}; Beträge eingegeben";
        return $"{text}; Sätze aus „{rates!.Name}“";
    }

    private static string PositionText(int count, decimal share, string label) => share switch
    {
        1m => $"{count} {(count == 1 ? "Stelle" : "Stellen")} {label}",
        0.5m when count == 1 => $"1/2 Stelle {label}",
        _ => $"{count} × {Euro.Number(share)} Stelle {label}",
    };

    private static string SourceText(string? source) =>
        string.IsNullOrWhiteSpace(source) ? "ohne Quellenangabe" : $"Quelle: {source.Trim()}";
}
