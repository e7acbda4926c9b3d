using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Network;

/// <summary>Conversions of posted network form fields that <see cref="FormErrors"/> does not have.</summary>
public static class NetworkForm
{
    /// <summary>The date or null when empty; a message when it is not a date or is required and missing.</summary>
    public static DateOnly? Date(FormErrors errors, string field, string? value, bool required = false)
    {
        var clean = FormText.Clean(value);
        if (clean is null)
        {
            if (required)
                errors.Add(field, "Validation.DateRequired");
            return null;
        }
        if (FormText.TryParseDate(clean, out var date) && date.Year is >= 1900 and <= 2100)
            return date;
        errors.Add(field, "Validation.Date");
        return null;
    }

    /// <summary>A code of <paramref name="allowed"/>; a message when empty or unknown.</summary>
    public static string? Code(FormErrors errors, string field, string? value, IReadOnlyCollection<string> allowed)
    {
        var clean = FormText.Clean(value);
        if (clean is not null && allowed.Contains(clean))
            return clean;
        errors.Add(field, "Validation.Choice");
        return null;
    }
}
