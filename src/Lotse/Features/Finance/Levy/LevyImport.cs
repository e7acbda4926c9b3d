using System.Globalization;
using ClosedXML.Excel;
using Lotse.Features.Editorial.SpreadsheetImport;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Levy;

/// <summary>One valid row of a levy-base upload.</summary>
public sealed record LevyImportRow(int Line, Guid MunicipalityId, string MunicipalityName, int Year, decimal Amount);

/// <summary>What an upload holds: valid rows, and German messages per line (nothing is saved when there is one).</summary>
public sealed record LevyImportResult(IReadOnlyList<LevyImportRow> Rows, IReadOnlyList<string> Errors);

/// <summary>
/// Reads levy bases from a CSV (";" or ",") or XLSX with the columns "AGS" or "Kommune", "Jahr" and
/// "Umlagegrundlage"; checks every row against the municipalities and reports all problems at once.
/// </summary>
public static class LevyImport
{
    public const long MaxFileBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    public static LevyImportResult Read(string fileName, byte[] content, IReadOnlyList<(Guid Id, string Code, string Name)> municipalities, IStringLocalizer text)
    {
        var table = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(content),
            ".xlsx" => ReadXlsx(content),
            _ => null,
        };
        if (table is null)
            return Failed(text["Import.Unreadable"]);
        if (table.Count < 2)
            return Failed(text["Import.Empty"]);
        if (table.Count > MaxRows + 1)
            return Failed(text["Import.TooManyRows", MaxRows]);
        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var code = header.IndexOf("ags");
        var name = header.IndexOf("kommune");
        var year = header.IndexOf("jahr");
        var amount = header.IndexOf("umlagegrundlage");
        if ((code < 0 && name < 0) || year < 0 || amount < 0)
            return Failed(text["Import.Columns"]);

        var rows = new List<LevyImportRow>();
        var errors = new List<string>();
        for (var r = 1; r < table.Count; r++)
        {
            var cells = table[r];
            string Cell(int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace))
                continue;
            var line = r + 1;
            var municipality = code >= 0 && Cell(code).Length > 0
                ? municipalities.FirstOrDefault(m => m.Code == Cell(code).PadLeft(8, '0'))
                : municipalities.FirstOrDefault(m => string.Equals(m.Name, Cell(name), StringComparison.OrdinalIgnoreCase));
            if (municipality.Id == Guid.Empty)
                errors.Add(text["Import.Municipality", line, code >= 0 && Cell(code).Length > 0 ? Cell(code) : Cell(name)]);
            if (!int.TryParse(Cell(year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < LevyTable.MinYear or > LevyTable.MaxYear)
                errors.Add(text["Import.Year", line, Cell(year), LevyTable.MinYear, LevyTable.MaxYear]);
            var value = EuroText.Parse(Cell(amount));
            if (value is null or < 0)
                errors.Add(text["Import.Amount", line, Cell(amount)]);
            if (municipality.Id != Guid.Empty && value is >= 0 && y is >= LevyTable.MinYear and <= LevyTable.MaxYear)
            {
                if (rows.Any(x => x.MunicipalityId == municipality.Id && x.Year == y))
                    errors.Add(text["Import.Duplicate", line, municipality.Name, y]);
                else
                    rows.Add(new LevyImportRow(line, municipality.Id, municipality.Name, y, value.Value));
            }
        }
        if (rows.Count == 0 && errors.Count == 0)
            errors.Add(text["Import.Empty"]);
        return new LevyImportResult(rows, errors);
    }

    private static LevyImportResult Failed(string message) => new([], [message]);

    private static List<List<string>>? ReadCsv(byte[] content)
    {
        var text = CsvText.Decode(content);
        return text.Contains('\0', StringComparison.Ordinal) ? null : CsvText.Parse(text, CsvText.DetectSeparator(text), MaxRows + 2);
    }

    private static List<List<string>>? ReadXlsx(byte[] content)
    {
        if (ZipGuard.Check(content) != ZipGuard.Verdict.Ok)
            return null;
        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(content, writable: false));
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet is null)
                return null;
            var lastRow = Math.Min(sheet.LastRowUsed()?.RowNumber() ?? 0, MaxRows + 2);
            var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, 20);
            var table = new List<List<string>>();
            for (var r = 1; r <= lastRow; r++)
            {
                var cells = new List<string>();
                for (var c = 1; c <= lastColumn; c++)
                {
                    var cell = sheet.Cell(r, c);
                    // A formula's stored result only: evaluating it here would run whatever the file's author wrote.
                    var value = cell.HasFormula ? cell.CachedValue : cell.Value;
                    cells.Add(value switch
                    {
                        double number => ((decimal)number).ToString(CultureInfo.InvariantCulture),
                        null => "",
                        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
                    });
                }
                table.Add(cells);
            }
            return table;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML throws many kinds for a damaged file; all mean "cannot be read".
            return null;
        }
    }
}
