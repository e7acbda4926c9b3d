namespace Lotse.Features.Inventory.Coverage;

/// <summary>How a cell stands out, so the page can say it in words and symbols, not by colour alone.</summary>
public enum CoverageMark
{
    None,
    /// <summary>No offer at all.</summary>
    Gap,
    /// <summary>At least <see cref="CoverageMatrix.ConcentrationMinimum"/> offers and at least twice the column's average over the municipalities.</summary>
    Concentration,
}

public sealed record CoverageCell(int Count, CoverageMark Mark);

public sealed record CoverageRow(string Label, IReadOnlyList<CoverageCell> Cells, int Total);

/// <summary>
/// Municipality × column (topic or language) counts of offers. An offer counts once in every column it names.
/// County-wide offers (no municipality) are not added to every municipality — that would hide the gaps a
/// municipality has on site — but shown in a row of their own.
/// </summary>
public sealed record CoverageMatrix(IReadOnlyList<string> Columns, IReadOnlyList<CoverageRow> Rows, CoverageRow CountyWide)
{
    public const int ConcentrationMinimum = 3;

    /// <param name="municipalities">Row keys and labels, in display order.</param>
    /// <param name="columns">Column keys (codes) and labels, in display order.</param>
    /// <param name="offers">Each offer's municipalities (empty: county-wide) and its codes in this dimension.</param>
    public static CoverageMatrix Build(
        IReadOnlyList<(Guid Id, string Label)> municipalities,
        IReadOnlyList<(string Code, string Label)> columns,
        IEnumerable<(IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<string> Codes)> offers,
        string countyWideLabel)
    {
        var index = columns.Select((c, i) => (c.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);
        var counts = municipalities.ToDictionary(m => m.Id, _ => new int[columns.Count]);
        var countyWide = new int[columns.Count];
        var totals = municipalities.ToDictionary(m => m.Id, _ => 0);
        var countyWideTotal = 0;
        foreach (var (ids, codes) in offers)
        {
            var targets = ids.Count == 0 ? [countyWide] : ids.Where(counts.ContainsKey).Select(id => counts[id]).ToList();
            foreach (var code in codes.Distinct(StringComparer.OrdinalIgnoreCase))
                if (index.TryGetValue(code, out var column))
                    foreach (var row in targets)
                        row[column]++;
            if (ids.Count == 0)
                countyWideTotal++;
            else
                foreach (var id in ids.Where(totals.ContainsKey))
                    totals[id]++;
        }

        var averages = Enumerable.Range(0, columns.Count)
            .Select(c => municipalities.Count == 0 ? 0 : municipalities.Average(m => (double)counts[m.Id][c]))
            .ToArray();
        CoverageCell Cell(int count, int column) => new(count,
            count == 0 ? CoverageMark.Gap
            : count >= ConcentrationMinimum && count >= 2 * averages[column] ? CoverageMark.Concentration
            : CoverageMark.None);

        var rows = municipalities.Select(m => new CoverageRow(m.Label,
            counts[m.Id].Select(Cell).ToList(), totals[m.Id])).ToList();
        var countyRow = new CoverageRow(countyWideLabel, countyWide.Select(c => new CoverageCell(c, CoverageMark.None)).ToList(), countyWideTotal);
        return new CoverageMatrix(columns.Select(c => c.Label).ToList(), rows, countyRow);
    }
}
