namespace Lotse.Features.Accounts;

/// <summary>Marker for the texts of the mail sent after <c>reset-2fa</c> (Resources/Features.Accounts.TwoFactorResetResource.resx, German).</summary>
public sealed class TwoFactorResetResource;
