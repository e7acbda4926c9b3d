using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning;

/// <summary>Conversions of posted strings with German messages (keys in PlanningResource).</summary>
public static class PlanningInput
{
    public static DateOnly? Date(FormErrors errors, string field, string? value, bool required = false)
    {
        var clean = FormText.Clean(value);
        if (clean is null)
        {
            if (required)
                errors.Add(field, "Validation.DateRequired");
            return null;
        }
        if (FormText.TryParseDate(clean, out var date) && date.Year is >= 1900 and <= 2200)
            return date;
        errors.Add(field, "Validation.Date");
        return null;
    }

    /// <summary>A vote count: empty (not known) or a whole number from 0 to 10000.</summary>
    public static int? Count(FormErrors errors, string field, string? value)
    {
        var clean = FormText.Clean(value);
        if (clean is null)
            return null;
        if (int.TryParse(clean, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count <= 10_000)
            return count;
        errors.Add(field, "Validation.Count");
        return null;
    }

    /// <summary>An id chosen from a select: empty, or one of <paramref name="allowed"/>.</summary>
    public static Guid? Choice(FormErrors errors, string field, string? value, IEnumerable<Guid> allowed)
    {
        var id = errors.Id(field, value);
        if (id is { } chosen && !allowed.Contains(chosen))
        {
            errors.Add(field, "Validation.Choice");
            return null;
        }
        return id;
    }

    public static string Format(DateOnly? date) => FormText.FormatDate(date);

    public static string German(DateOnly? date) =>
        date?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
