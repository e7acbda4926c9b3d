using System.Globalization;
using Lotse.Features.Finance.Levy;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The form of a funding period: name, dates, approval reference, approved amount per category, deviation threshold.</summary>
public sealed class PeriodInput
{
    public string? Name { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? ApprovalReference { get; set; }
    public Dictionary<FundingCategory, string?> Approved { get; set; } = Enum.GetValues<FundingCategory>().ToDictionary(c => c, _ => (string?)null);
    public string? DeviationPercent { get; set; }
    public string? DeviationMinimum { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static PeriodInput From(FundingPeriod period) => new()
    {
        Name = period.Name,
        StartsOn = period.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndsOn = period.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ApprovalReference = period.ApprovalReference,
        Approved = Enum.GetValues<FundingCategory>().ToDictionary(c => c,
            c => (string?)EuroText.Number(period.Budgets.FirstOrDefault(b => b.Category == c)?.Approved ?? 0m)),
        DeviationPercent = period.DeviationPercent.ToString("0.##", EuroText.German),
        DeviationMinimum = EuroText.Number(period.DeviationMinimum),
        ConcurrencyStamp = period.ConcurrencyStamp.ToString(),
    };

    public sealed record Values(string Name, DateOnly StartsOn, DateOnly EndsOn, string? ApprovalReference,
        IReadOnlyDictionary<FundingCategory, decimal> Approved, decimal DeviationPercent, decimal DeviationMinimum);

    /// <summary>The checked values, or null with German messages per field in <paramref name="state"/>.</summary>
    public Values? Validate(ModelStateDictionary state, IStringLocalizer text)
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
            state.AddModelError("Input.Name", text["Validation.NameRequired"]);
        else if (name.Length > 200)
            state.AddModelError("Input.Name", text["Validation.TooLong", 200]);
        var startsOn = Date("Input.StartsOn", StartsOn, state, text);
        var endsOn = Date("Input.EndsOn", EndsOn, state, text);
        if (startsOn is not null && endsOn is not null && endsOn < startsOn)
            state.AddModelError("Input.EndsOn", text["Validation.EndBeforeStart"]);
        else if (startsOn is not null && endsOn is not null && endsOn > startsOn.Value.AddYears(5))
            state.AddModelError("Input.EndsOn", text["Validation.TooLongPeriod"]);
        var reference = string.IsNullOrWhiteSpace(ApprovalReference) ? null : ApprovalReference.Trim();
        if (reference?.Length > 200)
            state.AddModelError("Input.ApprovalReference", text["Validation.TooLong", 200]);
        var approved = new Dictionary<FundingCategory, decimal>();
        foreach (var category in Enum.GetValues<FundingCategory>())
        {
            var raw = Approved.GetValueOrDefault(category);
            var amount = string.IsNullOrWhiteSpace(raw) ? 0m : EuroText.Parse(raw);
            if (amount is null or < 0 or > 100_000_000m)
                state.AddModelError($"Input.Approved[{category}]", text["Validation.Amount", text["Category." + category]]);
            else
                approved[category] = amount.Value;
        }
        var percent = EuroText.Parse(DeviationPercent);
        if (percent is null or < 0 or > 1000)
            state.AddModelError("Input.DeviationPercent", text["Validation.Percent"]);
        var minimum = EuroText.Parse(DeviationMinimum);
        if (minimum is null or < 0 or > 100_000_000m)
            state.AddModelError("Input.DeviationMinimum", text["Validation.Minimum"]);
        return state.ErrorCount > 0
            ? null
            : new Values(name!, startsOn!.Value, endsOn!.Value, reference, approved, percent!.Value, minimum!.Value);
    }

    public static DateOnly? Date(string key, string? value, ModelStateDictionary state, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            state.AddModelError(key, text["Validation.DateRequired"]);
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(value.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            if (date.Year is >= 2000 and <= 2100)
                return date;
        }
        state.AddModelError(key, text["Validation.Date"]);
        return null;
    }

    public void ApplyTo(FundingPeriod period, Values values)
    {
        period.Name = values.Name;
        period.StartsOn = values.StartsOn;
        period.EndsOn = values.EndsOn;
        period.ApprovalReference = values.ApprovalReference;
        period.DeviationPercent = values.DeviationPercent;
        period.DeviationMinimum = values.DeviationMinimum;
        foreach (var (category, amount) in values.Approved)
        {
            var budget = period.Budgets.FirstOrDefault(b => b.Category == category);
            if (budget is null)
                period.Budgets.Add(new FundingBudget { Id = Guid.NewGuid(), Category = category, Approved = amount });
            else
                budget.Approved = amount;
        }
    }
}
