using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>Collects the German per-field messages of a posted form into ModelState (keys as "Input.Name").</summary>
public sealed class FormErrors(ModelStateDictionary state, IStringLocalizer text, string prefix = "Input")
{
    public bool Any => state.ErrorCount > 0;

    public void Add(string field, string messageKey, params object[] arguments) =>
        state.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", text[messageKey, arguments]);

    /// <summary>The trimmed text or null; messages when required and empty or longer than <paramref name="maxLength"/>.</summary>
    public string? Text(string field, string? value, int maxLength, string? requiredKey = null)
    {
        var clean = FormText.Clean(value);
        if (clean is null && requiredKey is not null)
            Add(field, requiredKey);
        else if (clean is not null && clean.Length > maxLength)
            Add(field, "Validation.TooLong", maxLength);
        return clean;
    }

    public string? Email(string field, string? value)
    {
        var clean = FormText.Clean(value);
        if (clean is not null && !FormText.IsEmail(clean))
            Add(field, "Validation.Email");
        return clean;
    }

    public string? Website(string field, string? value)
    {
        var clean = Text(field, value, 500);
        if (clean is not null && clean.Length <= 500 && !FormText.IsWebsite(clean))
            Add(field, "Validation.Website");
        return clean;
    }

    public string? Phone(string field, string? value)
    {
        var clean = FormText.Clean(value);
        if (clean is not null && !FormText.IsPhone(clean))
            Add(field, "Validation.Phone");
        return clean;
    }

    /// <summary>The id chosen in a select, or null when empty; a message when the value is not an id.</summary>
    public Guid? Id(string field, string? value)
    {
        var clean = FormText.Clean(value);
        if (clean is null)
            return null;
        if (Guid.TryParse(clean, out var id))
            return id;
        Add(field, "Validation.Choice");
        return null;
    }

    /// <summary>The stamp the form was loaded with; without it the save could not detect a conflict.</summary>
    public Guid? Stamp(string? value)
    {
        if (Guid.TryParse(value, out var stamp))
            return stamp;
        state.AddModelError("", text["Validation.StampMissing"]);
        return null;
    }
}
