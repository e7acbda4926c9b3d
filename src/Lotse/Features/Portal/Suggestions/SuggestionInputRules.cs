using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Lotse.Features.Portal.Suggestions;

/// <summary>Format rules and normalisation for what visitors type into the suggestion form.</summary>
public static partial class SuggestionInputRules
{
    /// <summary>Trimmed, line endings as <c>\n</c>; null for blank input.</summary>
    public static string? Clean(string? value)
    {
        var cleaned = value?.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.') && !value.Any(char.IsWhiteSpace);

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value) && value.Count(char.IsDigit) >= 3;

    /// <summary>An http(s) address; "www.beispiel.de" gets https:// in front. Null when it is none.</summary>
    public static string? NormalizeUrl(string value)
    {
        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) &&
               (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
               uri.Host.Contains('.') && !candidate.Any(char.IsWhiteSpace)
            ? candidate
            : null;
    }

    public static bool IsPostalCode(string value) => PostalCodePattern().IsMatch(value);

    [GeneratedRegex(@"^\+?[0-9 ()/\-–]+$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();
}
