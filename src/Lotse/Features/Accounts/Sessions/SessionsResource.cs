namespace Lotse.Features.Accounts.Sessions;

/// <summary>Marker for the strings of the "Ihre Anmeldungen" page (Resources/Features.Accounts.Sessions.SessionsResource.resx, German).</summary>
public sealed class SessionsResource;
