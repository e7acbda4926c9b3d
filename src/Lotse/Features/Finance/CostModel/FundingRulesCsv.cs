using System.Globalization;

namespace Lotse.Features.Finance.CostModel;

/// <summary>
/// Reads funding rule sets from rows shaped like reference/kiz-foerderregeln.csv (regelwerk, gueltig_ab,
/// gegenstand, hoechstbetrag_eur_je_jahr, anzahl_max, bemerkung, quelle). The file states kind and mode
/// only in words, so they are derived here and stay editable in the back office:
/// a subject "Summe …" caps the total; a row without amount costs the county nothing; "1/2 Stelle …" is a
/// half-position unit; "Festbetrag" / "Vollfinanzierung" in the remark set the mode, and a set that names
/// neither keeps the mode of the latest earlier set that did (the 2023 funding continues the 2020 change).
/// </summary>
public static class FundingRulesCsv
{
    public static IReadOnlyList<FundingRules> Parse(IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var sets = rows
            .GroupBy(r => (Name: r["regelwerk"].Trim(), ValidFrom: DateOnly.ParseExact(r["gueltig_ab"].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .OrderBy(g => g.Key.ValidFrom)
            .ToList();
        var result = new List<FundingRules>();
        var previousMode = FundingMode.FixedAmount;
        foreach (var set in sets)
        {
            var stated = set.Select(r => StatedMode(r["bemerkung"])).FirstOrDefault(m => m is not null) ?? previousMode;
            var rules = set.Select(r => Row(r, stated)).ToList();
            result.Add(new FundingRules(set.Key.Name, set.Key.ValidFrom, rules));
            previousMode = stated;
        }
        return result;
    }

    private static FundingRuleRow Row(IReadOnlyDictionary<string, string> row, FundingMode setMode)
    {
        var subject = row["gegenstand"].Trim();
        var cap = decimal.TryParse(row["hoechstbetrag_eur_je_jahr"], NumberStyles.Number, CultureInfo.InvariantCulture, out var c) ? c : (decimal?)null;
        var max = int.TryParse(row["anzahl_max"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : (int?)null;
        var kind = subject.StartsWith("Summe", StringComparison.OrdinalIgnoreCase) ? FundingRuleKind.TotalCap
            : cap is null ? FundingRuleKind.NoCost
            : subject.Contains("Stelle", StringComparison.OrdinalIgnoreCase) ? FundingRuleKind.Position
            : FundingRuleKind.Lump;
        var unitShare = subject.StartsWith("1/2", StringComparison.Ordinal) ? 0.5m : 1m;
        var note = string.IsNullOrWhiteSpace(row["bemerkung"]) ? null : row["bemerkung"].Trim();
        var source = string.IsNullOrWhiteSpace(row["quelle"]) ? null : row["quelle"].Trim();
        return new FundingRuleRow(subject, kind, StatedMode(row["bemerkung"]) ?? setMode, cap, max, unitShare, note, source);
    }

    private static FundingMode? StatedMode(string remark) =>
        remark.Contains("Vollfinanzierung", StringComparison.OrdinalIgnoreCase) ? FundingMode.FullFinancing
        : remark.Contains("Festbetrag", StringComparison.OrdinalIgnoreCase) ? FundingMode.FixedAmount
        : null;
}
