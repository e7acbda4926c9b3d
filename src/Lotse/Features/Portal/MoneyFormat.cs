using System.Globalization;

namespace Lotse.Features.Portal;

/// <summary>Amounts in the culture's currency format: 1.250,00 € in German, €1,250.00 in English.</summary>
public static class MoneyFormat
{
    public static string Format(decimal amount, string? currency, CultureInfo culture)
    {
        var code = string.IsNullOrWhiteSpace(currency) ? "EUR" : currency.Trim().ToUpperInvariant();
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = code == "EUR" ? "€" : code;
        // The culture's own currency may have no cents (ar-SY, fa-IR); euro amounts always show them.
        format.CurrencyDecimalDigits = 2;
        return amount.ToString("C", format);
    }
}
