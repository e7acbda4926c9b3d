namespace Lotse.Features.Accounts;

/// <summary>One password input of an account form (see _PasswordField.cshtml); <see cref="Name"/> is the model-state key.</summary>
public sealed record PasswordField(string Name, string Label, string Autocomplete, string? Hint = null);
