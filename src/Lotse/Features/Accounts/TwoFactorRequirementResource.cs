namespace Lotse.Features.Accounts;

/// <summary>Marker for the texts of the second-factor rule for roles (Resources/Features.Accounts.TwoFactorRequirementResource.resx, German).</summary>
public sealed class TwoFactorRequirementResource;
