using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Lotse.Features.Finance.Levy;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The monthly report as a file: XLSX for people, CSV (";", UTF-8 with BOM) for the state's coordination office (LaKI).</summary>
public static class ControllingExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One row per category, the total, and one per position, with the columns of the page.</summary>
    public static IReadOnlyList<string[]> Rows(FundingPeriod period, ControllingReport report, CategoryText text, Func<string, string> label)
    {
        var month = $"{report.Year:D4}-{report.Month:D2}";
        string N(decimal value) => value.ToString("0.00", EuroText.German);
        string[] Row(ControllingLine line, string category, string position) =>
        [
            period.Name, month, category, position,
            N(line.Approved), N(line.MonthPlan), N(line.MonthActual), N(line.YearToDatePlan), N(line.YearToDateActual),
            N(line.Projection), N(line.SpentInPeriod), N(line.Remaining),
            line.MonthDeviation.Flagged || line.YearToDateDeviation.Flagged ? label("Export.Flagged") : "",
            $"{label("Deviation.MonthLabel")} {text.Deviation(line.MonthDeviation)}; {label("Deviation.YtdLabel")} {text.Deviation(line.YearToDateDeviation)}",
        ];
        var rows = report.Categories.Select(l => Row(l, text.Name(l.Category), "")).ToList();
        rows.Add(Row(report.Total, label("Column.Total"), ""));
        rows.AddRange(report.Positions.Select(l => Row(l, text.Name(l.Category), l.PositionLabel ?? "")));
        return rows;
    }

    public static IReadOnlyList<string> Headers(Func<string, string> label) =>
    [
        label("Export.Period"), label("Column.Month"), label("Column.Category"), label("Column.Position"),
        label("Column.Approved"), label("Column.MonthPlan"), label("Column.MonthActual"), label("Column.YtdPlan"), label("Column.YtdActual"),
        label("Column.Projection"), label("Column.Spent"), label("Column.Remaining"), label("Export.Flag"), label("Column.Deviation"),
    ];

    public static byte[] Csv(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var header in headers)
                csv.WriteField(header);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                    csv.WriteField(cell);
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(string title, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Bericht");
        sheet.Cell(1, 1).SetValue(title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(3, c + 1).SetValue(headers[c]);
            sheet.Cell(3, c + 1).Style.Font.Bold = true;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 4, c + 1);
                // Amounts as numbers (columns 5–12), everything else as text: SetValue never turns "=…" into a formula.
                if (c is >= 4 and <= 11 && decimal.TryParse(rows[r][c], NumberStyles.Number, EuroText.German, out var amount))
                {
                    cell.SetValue(amount);
                    cell.Style.NumberFormat.Format = "#,##0.00";
                }
                else
                {
                    cell.SetValue(rows[r][c]);
                }
            }
        }
        // Fixed widths: measuring the contents needs system fonts that servers often lack.
        sheet.Column(1).Width = 30;
        sheet.Columns(2, 4).Width = 22;
        sheet.Columns(5, 13).Width = 16;
        sheet.Column(14).Width = 80;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }
}
