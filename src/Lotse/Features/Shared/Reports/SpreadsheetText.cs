namespace Lotse.Features.Shared.Reports;

/// <summary>
/// Text for a spreadsheet cell or CSV field: a value starting with = + - @ (or a tab or carriage return, which some
/// spreadsheets skip before reading a formula) gets a leading apostrophe, so that a spreadsheet shows it instead of
/// running it. The same characters as CsvHelper's injection escaping, used where cells are written without CsvHelper.
/// </summary>
public static class SpreadsheetText
{
    public static string Safe(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
