namespace Lotse.Features.Finance.CostModel;

/// <summary>Two statements line by line (matched by kind and label), with the difference B − A, then the totals.</summary>
public static class CostComparison
{
    public sealed record Row(string Label, decimal? A, decimal? B, bool IsTotal)
    {
        public decimal Difference => (B ?? 0m) - (A ?? 0m);
    }

    public static IReadOnlyList<Row> Compare(CostStatement a, CostStatement b)
    {
        var keys = a.Lines.Select(Key).Concat(b.Lines.Select(Key)).Distinct().ToList();
        var rows = keys.Select(k => new Row(k.Label, Amount(a, k), Amount(b, k), false)).ToList();
        rows.Add(new Row("Gesamtkosten", a.Total, b.Total, true));
        rows.Add(new Row("Kostenerstattung Land NRW", a.StateFunding, b.StateFunding, true));
        rows.Add(new Row("Jährlicher Kostenanteil Kreis", a.CountyShare, b.CountyShare, true));
        return rows;
    }

    private static (CostLineKind Kind, string Label) Key(StatementLine line) => (line.Kind, line.Label);

    private static decimal? Amount(CostStatement statement, (CostLineKind Kind, string Label) key)
    {
        var lines = statement.Lines.Where(l => l.Kind == key.Kind && l.Label == key.Label).ToList();
        return lines.Count == 0 ? null : lines.Sum(l => l.Amount);
    }
}
