using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>
/// Checks and conversions of posted form text. Forms bind every field as a string and convert here, so a
/// malformed number or date gets our German message instead of the model binder's English one.
/// </summary>
public static partial class FormText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");

    public static bool IsEmail(string value) =>
        value.Length <= 254 && !value.Any(char.IsWhiteSpace) && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Split('@')[1].Contains('.', StringComparison.Ordinal);

    public static bool IsWebsite(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal);

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value) && value.Count(char.IsAsciiDigit) >= 3;

    public static bool IsPostalCode(string value) => PostalCodePattern().IsMatch(value);

    /// <summary>A decimal number with point or (German) comma.</summary>
    public static bool TryParseNumber(string value, out double number) =>
        double.TryParse(value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
        && double.IsFinite(number);

    public static string FormatNumber(double? number) => number?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The date of an <c>input type=date</c> (yyyy-MM-dd) or as Germans type it (d.M.yyyy).</summary>
    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    [GeneratedRegex(@"^\+?[0-9 ()/\-]{3,50}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();
}
