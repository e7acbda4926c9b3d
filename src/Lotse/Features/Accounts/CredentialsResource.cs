namespace Lotse.Features.Accounts;

/// <summary>Marker for the strings of the own-credential pages and their notice mails (Resources/Features.Accounts.CredentialsResource.resx, German).</summary>
public sealed class CredentialsResource;
