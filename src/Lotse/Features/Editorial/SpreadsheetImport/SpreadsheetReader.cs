using System.Globalization;
using ClosedXML.Excel;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>The file formats the import takes.</summary>
public enum SpreadsheetFormat
{
    Xlsx,
    Csv,
}

/// <summary>One data row of an upload: its row number in the file (the header is row 1) and its cells by column.</summary>
public sealed record SpreadsheetRow(int Line, IReadOnlyDictionary<ColumnKind, string> Cells)
{
    public string Cell(ColumnKind kind) => Cells.TryGetValue(kind, out var value) ? value : "";
}

/// <summary>An upload read into rows, or the resource key (and argument) of why it could not be read.</summary>
public sealed record SpreadsheetContent(IReadOnlyList<SpreadsheetRow> Rows, string? ErrorKey = null, string? ErrorArgument = null)
{
    public static SpreadsheetContent Failed(string key, string? argument = null) => new([], key, argument);
}

/// <summary>
/// Reads the "Angebote" sheet of an XLSX or a CSV file into text cells by column header. Formula cells are
/// read as the value the spreadsheet program stored, never calculated here.
/// </summary>
public static class SpreadsheetReader
{
    public const long MaxFileBytes = 5L * 1024 * 1024;
    public const int MaxRows = 1000;

    public static SpreadsheetFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => SpreadsheetFormat.Xlsx,
        ".csv" => SpreadsheetFormat.Csv,
        _ => null,
    };

    public static SpreadsheetContent Read(byte[] content, SpreadsheetFormat format) =>
        format == SpreadsheetFormat.Xlsx ? ReadXlsx(content) : ReadCsv(content);

    private static SpreadsheetContent ReadXlsx(byte[] content)
    {
        switch (ZipGuard.Check(content))
        {
            case ZipGuard.Verdict.NotAnArchive:
                return SpreadsheetContent.Failed("File.NotXlsx");
            case ZipGuard.Verdict.TooLarge:
                return SpreadsheetContent.Failed("File.Unpacked");
        }
        List<List<string>> table;
        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(content, writable: false));
            var sheet = workbook.Worksheets.FirstOrDefault(w => w.Name == SpreadsheetColumns.OffersSheet) ?? workbook.Worksheets.FirstOrDefault();
            if (sheet is null)
                return SpreadsheetContent.Failed("File.NoSheet");
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
            var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, 100);
            if (lastRow > MaxRows + 1)
                return SpreadsheetContent.Failed("File.TooManyRows", MaxRows.ToString(CultureInfo.InvariantCulture));
            table = [];
            for (var r = 1; r <= lastRow; r++)
            {
                var cells = new List<string>();
                for (var c = 1; c <= lastColumn; c++)
                    cells.Add(CellText(sheet.Cell(r, c)));
                table.Add(cells);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML and the Open XML SDK throw many kinds for a damaged file; all mean "cannot be read".
            return SpreadsheetContent.Failed("File.NotXlsx");
        }
        return FromTable(table);
    }

    private static SpreadsheetContent ReadCsv(byte[] content)
    {
        var text = CsvText.Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
            return SpreadsheetContent.Failed("File.NotCsv");
        var records = CsvText.Parse(text, CsvText.DetectSeparator(text), MaxRows + 1);
        if (records.Count > MaxRows + 1)
            return SpreadsheetContent.Failed("File.TooManyRows", MaxRows.ToString(CultureInfo.InvariantCulture));
        return FromTable(records);
    }

    private static SpreadsheetContent FromTable(List<List<string>> table)
    {
        if (table.Count == 0)
            return SpreadsheetContent.Failed("File.Empty");
        var columns = new Dictionary<int, ColumnKind>();
        for (var c = 0; c < table[0].Count; c++)
            if (SpreadsheetColumns.ForHeader(table[0][c]) is { } column && !columns.ContainsValue(column.Kind))
                columns[c] = column.Kind;
        var missing = SpreadsheetColumns.All.Where(c => c.Required && !columns.ContainsValue(c.Kind)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
            return SpreadsheetContent.Failed("File.MissingColumns", string.Join(", ", missing));

        var rows = new List<SpreadsheetRow>();
        for (var r = 1; r < table.Count; r++)
        {
            var cells = new Dictionary<ColumnKind, string>();
            foreach (var (index, kind) in columns)
                if (index < table[r].Count && !string.IsNullOrWhiteSpace(table[r][index]))
                    cells[kind] = table[r][index].Trim();
            if (cells.Count > 0)
                rows.Add(new SpreadsheetRow(r + 1, cells));
        }
        return rows.Count == 0 ? SpreadsheetContent.Failed("File.Empty") : new SpreadsheetContent(rows);
    }

    private static string CellText(IXLCell cell)
    {
        // A formula's stored result only: evaluating it here would run whatever the file's author wrote.
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            null => "",
            DateTime date => date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            TimeSpan time => time.ToString(@"hh\:mm", CultureInfo.InvariantCulture),
            bool flag => flag ? SpreadsheetColumns.Yes : SpreadsheetColumns.No,
            double number => number.ToString(CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }
}
