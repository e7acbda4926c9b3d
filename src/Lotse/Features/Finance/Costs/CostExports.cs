using ClosedXML.Excel;
using Lotse.Features.Finance.CostModel;
using Lotse.Features.Shared.Reports;

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

    /// <summary>A tagged PDF: with two statements first the comparison (table and chart), then each statement.</summary>
    public static byte[] Pdf(IReadOnlyList<CostStatement> statements)
    {
        var report = new PdfReport(statements.Count == 2
            ? $"Kostenvergleich: {statements[0].ScenarioName} und {statements[1].ScenarioName}"
            : $"Kostenaufstellung: {statements[0].ScenarioName}");
        if (statements.Count == 2)
        {
            var rows = CostComparison.Compare(statements[0], statements[1]);
            report.Heading("Vergleich je Position", 1)
                .Table(["Position", $"A: {statements[0].ScenarioName}", $"B: {statements[1].ScenarioName}", "Differenz (B − A)"],
                    rows.Select(r => (IReadOnlyList<string>)[r.Label, Money(r.A), Money(r.B), (r.Difference > 0 ? "+" : "") + Euro.Format(r.Difference)]),
                    [false, true, true, true])
                .BarChart("Kosten je Position (A und B)", rows.SelectMany(r => new[] { ($"A: {r.Label}", r.A ?? 0m), ($"B: {r.Label}", r.B ?? 0m) }), "€");
        }
        foreach (var statement in statements)
        {
            report.Heading(statements.Count == 2 ? $"Kostenaufstellung: {statement.ScenarioName}" : "Kostenaufstellung", 1)
                .Paragraph($"Stichtag {statement.Date:dd.MM.yyyy}; Satztabelle: {statement.RateTableName ?? "keine"}; Förderregelwerk: {statement.FundingRulesName ?? "keines"}")
                .Table(["Position", "Erläuterung", "Betrag"],
                    statement.Lines.Select(l => (IReadOnlyList<string>)[l.Label, l.Explanation, Euro.Format(l.Amount)])
                        .Append(["Gesamtkosten", "", Euro.Format(statement.Total)])
                        .Append(["Kostenerstattung Land NRW", statement.FundingRulesName ?? "kein Förderregelwerk", Euro.Format(statement.StateFunding)])
                        .Append(["Jährlicher Kostenanteil Kreis", "", Euro.Format(statement.CountyShare)]),
                    [false, false, true], [2, 5, 1.5]);
            if (statement.Funding.Count > 0)
                report.Heading("Landesförderung je Regel", 2)
                    .Table(["Fördergegenstand", "Erläuterung", "Förderung"],
                        statement.Funding.Select(f => (IReadOnlyList<string>)[f.Subject, f.Explanation, Euro.Format(f.Amount)]),
                        [false, false, true], [2, 5, 1.5]);
            foreach (var note in statement.Notes)
                report.Paragraph(note);
        }
        report.Paragraph(CostsApiContracts.RoundingNote);
        return report.ToBytes();
    }

    private static string Money(decimal? value) => value is { } v ? Euro.Format(v) : "–";

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
        cell.SetValue(Lotse.Features.Shared.Reports.SpreadsheetText.Safe(value));

    private static void Money(IXLCell cell, decimal? value)
    {
        if (value is null)
            return;
        cell.SetValue(value.Value);
        cell.Style.NumberFormat.Format = EuroFormat;
    }
}
