namespace Lotse.Features.Portal.Suggestions;

/// <summary>One input of the suggestion form: its model key (<c>Input.Phone</c>), label, hint and value.</summary>
public sealed record SuggestionField(string Key, string Label, string? Hint, string? Value, bool Multiline = false,
    string InputType = "text", string? Autocomplete = null, int Rows = 4);
