using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>German names of the cost categories and the deviation texts, shared by the pages and the exports.</summary>
public sealed class CategoryText(IStringLocalizer<ControllingResource> text)
{
    public string Name(FundingCategory category) => text["Category." + category];

    /// <summary>The category whose German name or code is <paramref name="value"/> (as in the CSV import).</summary>
    public FundingCategory? Parse(string? value) =>
        Enum.GetValues<FundingCategory>().Cast<FundingCategory?>().FirstOrDefault(c =>
            string.Equals(Name(c!.Value), value?.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(c!.Value.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The flag as words, so it is not told by colour alone: "Mehrausgabe 12,0 % (1.234 €) über dem Plan".</summary>
    public string Deviation(Deviation deviation)
    {
        if (!deviation.Flagged)
            return text["Deviation.None"];
        var amount = Levy.EuroText.Format(Math.Abs(deviation.Amount));
        var percent = deviation.Percent is { } p ? Levy.EuroText.Percent(Math.Abs(p)) : text["Deviation.NoPlan"].Value;
        return text[deviation.Over ? "Deviation.Over" : "Deviation.Under", percent, amount];
    }
}
