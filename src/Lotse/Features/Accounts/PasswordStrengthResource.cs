namespace Lotse.Features.Accounts;

/// <summary>Marker for the texts of the password strength meter (Resources/Features.Accounts.PasswordStrengthResource.resx, German).</summary>
public sealed class PasswordStrengthResource;
