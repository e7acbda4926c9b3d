namespace Lotse.Features.Accounts;

/// <summary>Authenticator apps show codes as "123 456"; Identity expects the digits only.</summary>
public static class TwoFactorCodes
{
    public static string Normalize(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
