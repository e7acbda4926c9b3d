using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lotse.Tests.Hostile;

/// <summary>Finds CSV fields that a spreadsheet would run as a formula: starting with = + - @ (or a tab or carriage return before one).</summary>
public static class ExportCells
{
    public static IReadOnlyList<string> Formulas(string csvText)
    {
        var found = new List<string>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null, MissingFieldFound = null };
        using var csv = new CsvReader(new StringReader(csvText.TrimStart('\uFEFF')), configuration);
        while (csv.Read())
        {
            for (var i = 0; i < csv.Parser.Count; i++)
            {
                var field = csv.Parser[i];
                if (field is { Length: > 0 } && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                    found.Add($"Zeile {csv.Parser.Row}, Feld {i + 1}: {(field.Length > 60 ? field[..60] + "…" : field)}");
            }
        }
        return found;
    }
}
