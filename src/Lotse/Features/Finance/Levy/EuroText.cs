using System.Globalization;

namespace Lotse.Features.Finance.Levy;

/// <summary>Euro amounts as German users type and read them ("183.094 €", "1.234,56").</summary>
public static class EuroText
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Whole euro ("353.094 €"); with cents only when the amount has any.</summary>
    public static string Format(decimal amount) =>
        (decimal.Truncate(amount) == amount ? amount.ToString("N0", German) : amount.ToString("N2", German)) + " €";

    public static string Number(decimal amount) =>
        decimal.Truncate(amount) == amount ? amount.ToString("N0", German) : amount.ToString("N2", German);

    public static string Percent(decimal percent) => percent.ToString("0.0", German) + " %";

    /// <summary>
    /// An amount in German notation (thousands dots, decimal comma, optional "€"), or a plain number with a
    /// decimal point and no thousands separator (as spreadsheets export it). Null when it is no amount or has more than 2 decimals.
    /// </summary>
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var clean = text.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal).Trim();
        if (clean.Length == 0 || clean.Length > 30)
            return null;
        decimal value;
        // "1234.5" (one point, no comma, not three digits after it) is a decimal point, not a thousands dot.
        var dots = clean.Count(c => c == '.');
        var pointDecimal = !clean.Contains(',') && dots == 1 && clean.Length - clean.IndexOf('.') - 1 != 3;
        if (pointDecimal)
        {
            if (!decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
                return null;
        }
        else if (!decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, German, out value))
        {
            return null;
        }
        return decimal.Round(value, 2) == value ? value : null;
    }
}
