namespace Lotse.Features.Finance.CostModel;

/// <summary>
/// State funding of a priced scenario under a rule set: per rule row the units it funds (up to its position
/// limit, in the order of the lines), a fixed amount or the eligible cost up to the cap per unit; then the
/// total cap. Funding is never more than the eligible cost of what it funds.
/// </summary>
public static class FundingCalculator
{
    public sealed record Result(IReadOnlyList<FundingLine> Lines, decimal Total, IReadOnlyList<string> Notes);

    public static FundingRuleRow? RuleFor(FundingRules rules, string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? null : rules.Rows.FirstOrDefault(r =>
            r.Kind is FundingRuleKind.Position or FundingRuleKind.Lump &&
            string.Equals(r.Subject.Trim(), subject.Trim(), StringComparison.OrdinalIgnoreCase));

    public static Result Calculate(Scenario scenario, IReadOnlyList<PositionCost> positions, decimal personnel, decimal totalCost, FundingRules? rules)
    {
        if (rules is null)
            return new Result([], 0m, ["Kein Förderregelwerk gewählt: keine Landesförderung."]);

        var lines = new List<FundingLine>();
        var notes = new List<string>();
        var sum = 0m;
        var fundsPositionWithoutOwnCost = false;
        foreach (var row in rules.Rows)
        {
            if (row.Kind is FundingRuleKind.TotalCap or FundingRuleKind.NoCost || row.Cap is null)
            {
                lines.Add(new FundingLine(row.Subject, row.Mode, row.Cap, row.MaxCount, 0m, null, 0m, InfoText(row)));
                continue;
            }
            // The funded items: (share of a position, its cost if known).
            var items = positions.Where(p => Matches(row, p.FundingSubject)).Select(p => (p.Share, p.Amount))
                .Concat(scenario.OtherLines.Where(o => Matches(row, o.FundingSubject)).Select(o => (Share: 1m, Amount: (decimal?)Euro.Round(o.Amount.Amount))))
                .ToList();
            var remaining = row.MaxCount is { } max ? (decimal)max : decimal.MaxValue;
            decimal units = 0m, amount = 0m, eligible = 0m;
            var costsKnown = true;
            foreach (var (share, cost) in items)
            {
                var itemUnits = share / row.UnitShare;
                var taken = Math.Min(itemUnits, remaining);
                if (taken <= 0m)
                    break;
                remaining -= taken;
                units += taken;
                var fraction = taken / itemUnits;
                var capped = row.Cap.Value * taken;
                if (cost is { } known)
                {
                    eligible += known * fraction;
                    amount += Math.Min(capped, known * fraction);
                }
                else
                {
                    costsKnown = false;
                    fundsPositionWithoutOwnCost = true;
                    amount += capped;   // only fixed amounts get here (the validator refuses full financing without costs)
                }
            }
            amount = Euro.Round(amount);
            sum += amount;
            lines.Add(new FundingLine(row.Subject, row.Mode, row.Cap, row.MaxCount, units, costsKnown ? Euro.Round(eligible) : null, amount,
                RowText(row, units, items.Count)));
        }

        var total = sum;
        var cap = rules.Rows.Where(r => r.Kind == FundingRuleKind.TotalCap && r.Cap is not null).Select(r => r.Cap!.Value).DefaultIfEmpty(decimal.MaxValue).Min();
        if (total > cap)
        {
            notes.Add($"Die Summe der Förderzeilen ({Euro.Format(total)}) übersteigt die Obergrenze der Landesförderung; gefördert werden {Euro.Format(cap)}.");
            total = cap;
        }
        // Positions without their own cost are known only through the personnel sum: it bounds their funding.
        if (fundsPositionWithoutOwnCost)
        {
            var eligible = personnel + scenario.OtherLines.Where(o => RuleFor(rules, o.FundingSubject) is not null).Sum(o => Euro.Round(o.Amount.Amount));
            if (total > eligible)
            {
                notes.Add($"Die Förderung ist auf die förderfähigen Kosten ({Euro.Format(eligible)}) begrenzt.");
                total = eligible;
            }
        }
        if (total > totalCost)
            total = totalCost;
        return new Result(lines, Euro.Round(total), notes);
    }

    private static bool Matches(FundingRuleRow row, string? subject) =>
        !string.IsNullOrWhiteSpace(subject) && string.Equals(row.Subject.Trim(), subject.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string InfoText(FundingRuleRow row) => row.Kind switch
    {
        FundingRuleKind.TotalCap when row.Cap is not null => $"Obergrenze der gesamten Landesförderung: {Euro.Format(row.Cap.Value)}",
        _ => string.IsNullOrWhiteSpace(row.Note) ? "ohne Betrag für den Kreis" : row.Note.Trim(),
    };

    private static string RowText(FundingRuleRow row, decimal units, int items)
    {
        var limit = row.MaxCount is { } max ? $", höchstens {max}" : "";
        var mode = row.Mode == FundingMode.FixedAmount
            ? $"Festbetrag {Euro.Format(row.Cap!.Value)} je Einheit"
            : $"Vollfinanzierung bis {Euro.Format(row.Cap!.Value)} je Einheit";
        return items == 0
            ? $"{mode}{limit}; keine Zeile des Szenarios"
            : $"{mode}{limit}; {Euro.Number(units)} {(units == 1m ? "Einheit" : "Einheiten")} gefördert";
    }
}
