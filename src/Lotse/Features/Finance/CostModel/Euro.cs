using System.Globalization;

namespace Lotse.Features.Finance.CostModel;

/// <summary>Whole-euro rounding and the German way of writing amounts ("353.094 €").</summary>
public static class Euro
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Commercial rounding (half away from zero) to whole euro, as in the county's cost tables.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    public static string Format(decimal amount) => amount.ToString("#,##0.##", German) + " €";

    public static string Share(decimal share) => (share * 100m).ToString("0.##", German) + " %";

    public static string Number(decimal value) => value.ToString("0.##", German);
}
