namespace Lotse.Features.Accounts;

/// <summary>
/// One password input of an account form (see _PasswordField.cshtml); <see cref="Name"/> is the model-state key.
/// A new-password field passes <see cref="StrengthInputs"/> (the account's e-mail address and user name) to get
/// the strength meter under it; its page then loads _PasswordStrengthAssets in the Head section.
/// </summary>
public sealed record PasswordField(string Name, string Label, string Autocomplete, string? Hint = null,
    IReadOnlyList<string>? StrengthInputs = null);
