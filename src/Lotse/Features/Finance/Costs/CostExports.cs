using ClosedXML.Excel;
using Lotse.Features.Finance.CostModel;

namespace Lotse.Features.Finance.Costs;

/// <summary>Cost statements and comparisons as files to hand on (XLSX via ClosedXML).</summary>
public static class CostExports
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string EuroFormat = "#,##0 \"€\"";

    public static string FileName(string name, string extension)
    {
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return $"kosten-{(safe.Length == 0 ? "szenario" : safe)}.{extension}";
    }

    /// <summary>One sheet per statement; with two, a first sheet comparing them line by line.</summary>
    public static byte[] Xlsx(IReadOnlyList<CostStatement> statements)
    {
        using var workbook = new XLWorkbook();
        if (statements.Count == 2)
            AddComparison(workbook, statements[0], statements[1]);
        var index = 1;
        foreach (var statement in statements)
            AddStatement(workbook, statement, index++);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void AddComparison(XLWorkbook workbook, CostStatement a, CostStatement b)
    {
        var sheet = workbook.Worksheets.Add("Vergleich");
        Header(sheet, 1, "Position", a.ScenarioName, b.ScenarioName, "Differenz (B − A)");
        var row = 2;
        foreach (var line in CostComparison.Compare(a, b))
        {
            Text(sheet.Cell(row, 1), line.Label);
            Money(sheet.Cell(row, 2), line.A);
            Money(sheet.Cell(row, 3), line.B);
            Money(sheet.Cell(row, 4), line.Difference);
            if (line.IsTotal)
                sheet.Row(row).Style.Font.Bold = true;
            row++;
        }
        Text(sheet.Cell(row + 1, 1), CostsApiContracts.RoundingNote);
        Widths(sheet, 34, 22, 22, 22);
    }

    private static void AddStatement(XLWorkbook workbook, CostStatement statement, int index)
    {
        var name = new string(statement.ScenarioName.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        var sheet = workbook.Worksheets.Add($"{index} {(name.Length > 26 ? name[..26] : name)}".Trim());
        Header(sheet, 1, "Position", "Erläuterung", "Betrag");
        var row = 2;
        foreach (var line in statement.Lines)
        {
            Text(sheet.Cell(row, 1), line.Label);
            Text(sheet.Cell(row, 2), line.Explanation);
            Money(sheet.Cell(row, 3), line.Amount);
            row++;
        }
        foreach (var (label, explanation, amount) in new[]
        {
            ("Gesamtkosten", "", statement.Total),
            ("Kostenerstattung Land NRW", statement.FundingRulesName ?? "kein Förderregelwerk", statement.StateFunding),
            ("Jährlicher Kostenanteil Kreis", "", statement.CountyShare),
        })
        {
            Text(sheet.Cell(row, 1), label);
            Text(sheet.Cell(row, 2), explanation);
            Money(sheet.Cell(row, 3), amount);
            sheet.Row(row).Style.Font.Bold = true;
            row++;
        }
        row++;
        if (statement.Funding.Count > 0)
        {
            Header(sheet, row++, "Fördergegenstand", "Erläuterung", "Förderung");
            foreach (var funding in statement.Funding)
            {
                Text(sheet.Cell(row, 1), funding.Subject);
                Text(sheet.Cell(row, 2), funding.Explanation);
                Money(sheet.Cell(row, 3), funding.Amount);
                row++;
            }
            row++;
        }
        foreach (var note in statement.Notes.Append(CostsApiContracts.RoundingNote))
            Text(sheet.Cell(row++, 1), note);
        Widths(sheet, 34, 80, 16);
    }

    // Fixed widths: ClosedXML measures text for AdjustToContents with System.Drawing, which Linux hosts lack.
    private static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
            sheet.Column(i + 1).Width = widths[i];
    }

    private static void Header(IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
            Text(sheet.Cell(row, i + 1), titles[i]);
        sheet.Row(row).Style.Font.Bold = true;
    }

    /// <summary>Text that a spreadsheet would run as a formula (= + - @) is written with a leading apostrophe.</summary>
    private static void Text(IXLCell cell, string value) =>
        cell.SetValue(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value);

    private static void Money(IXLCell cell, decimal? value)
    {
        if (value is null)
            return;
        cell.SetValue(value.Value);
        cell.Style.NumberFormat.Format = EuroFormat;
    }
}
