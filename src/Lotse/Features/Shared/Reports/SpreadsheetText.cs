namespace Lotse.Features.Shared.Reports;

/// <summary>Text for a spreadsheet cell or CSV field: a value starting with = + - @ gets a leading apostrophe, so that a spreadsheet shows it instead of running it as a formula.</summary>
public static class SpreadsheetText
{
    public static string Safe(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
}
