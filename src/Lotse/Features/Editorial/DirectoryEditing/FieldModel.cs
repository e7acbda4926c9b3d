namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>One form field as <c>_Field.cshtml</c> renders it: label, value, hint and the field's errors from ModelState.</summary>
public sealed record FieldModel(string Name, string Label, string? Value)
{
    /// <summary>text, email, url, tel, date, textarea or select.</summary>
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public bool Required { get; init; }
    /// <summary>Filters are all optional: no "optional" mark there.</summary>
    public bool MarkOptional { get; init; } = true;
    public string? Autocomplete { get; init; }
    public string? InputMode { get; init; }
    public IReadOnlyList<SelectOption> Options { get; init; } = [];
    /// <summary>Text of the empty first option of a select; null: no empty option.</summary>
    public string? EmptyOption { get; init; }
    public int Rows { get; init; } = 8;

    /// <summary>The element id, as the error summary links it ("Input.Name" → "Input_Name").</summary>
    public string Id => Name.Replace('.', '_');
}

public sealed record SelectOption(string Value, string Text);
