namespace Lotse.Features.Accounts;

/// <summary>Marker for the back-office account strings (Resources/Features.Accounts.AccountsResource[.culture].resx); the neutral file is German.</summary>
public sealed class AccountsResource;
