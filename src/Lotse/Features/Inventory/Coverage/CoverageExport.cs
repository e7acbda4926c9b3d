using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lotse.Features.Inventory.Coverage;

/// <summary>A coverage matrix as XLSX (ClosedXML) or CSV (";" with UTF-8 BOM, for German Excel); labels are escaped against formulas.</summary>
public static class CoverageExport
{
    public static byte[] Xlsx(CoverageMatrix matrix, string sheetName, string municipalityHeader, string totalHeader)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        var header = Header(matrix, municipalityHeader, totalHeader);
        for (var c = 0; c < header.Count; c++)
            sheet.Cell(1, c + 1).SetValue(Safe(header[c]));
        var r = 2;
        foreach (var row in matrix.Rows.Append(matrix.CountyWide))
        {
            sheet.Cell(r, 1).SetValue(Safe(row.Label));
            for (var c = 0; c < row.Cells.Count; c++)
                sheet.Cell(r, c + 2).SetValue(row.Cells[c].Count);
            sheet.Cell(r, row.Cells.Count + 2).SetValue(row.Total);
            r++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        // Fixed widths: measuring text (AdjustToContents) needs System.Drawing, which the server does not have.
        sheet.Column(1).Width = 28;
        sheet.Columns(2, header.Count).Width = 14;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Csv(CoverageMatrix matrix, string municipalityHeader, string totalHeader)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.GetCultureInfo("de-DE")) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var value in Header(matrix, municipalityHeader, totalHeader))
                csv.WriteField(value);
            csv.NextRecord();
            foreach (var row in matrix.Rows.Append(matrix.CountyWide))
            {
                csv.WriteField(row.Label);
                foreach (var cell in row.Cells)
                    csv.WriteField(cell.Count);
                csv.WriteField(row.Total);
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private static List<string> Header(CoverageMatrix matrix, string municipalityHeader, string totalHeader) =>
        [municipalityHeader, .. matrix.Columns, totalHeader];

    // A label typed by an editor that starts like a formula stays text in the spreadsheet.
    private static string Safe(string value) => Lotse.Features.Shared.Reports.SpreadsheetText.Safe(value);
}
