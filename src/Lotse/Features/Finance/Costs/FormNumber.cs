using System.Globalization;

namespace Lotse.Features.Finance.Costs;

/// <summary>Numbers typed in German forms: "0,3", "69.800", "69.800,50" and also "0.30".</summary>
public static class FormNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        var clean = text?.Replace(" ", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(clean) || clean.Length > 30)
            return false;
        if (clean.Contains(','))
            clean = clean.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        else if (clean.Count(c => c == '.') > 1 || (clean.IndexOf('.') is var dot and >= 0 && clean.Length - dot - 1 == 3))
            clean = clean.Replace(".", "", StringComparison.Ordinal);   // "69.800": a thousands separator
        return decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static string Show(decimal? value) => value?.ToString("0.####", CultureInfo.GetCultureInfo("de-DE")) ?? "";
}
