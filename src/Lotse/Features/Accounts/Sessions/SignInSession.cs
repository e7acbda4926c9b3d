namespace Lotse.Features.Accounts.Sessions;

/// <summary>
/// One browser's sign-in to the back office, kept on the server so that its owner can see and end it
/// (OWASP ASVS 4.0 V3.3.4). The cookie carries only the id; a session whose row is gone is over.
/// </summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTime StartedAt { get; set; }
    /// <summary>Updated at most once a minute, so that a busy session does not write on every request.</summary>
    public DateTime LastSeenAt { get; set; }
    /// <summary>The browser's own description (User-Agent), shortened: how the owner recognises the device.</summary>
    public string Browser { get; set; } = "";
    /// <summary>The account's security stamp the session was signed in with; another one means the session has ended.</summary>
    public string SecurityStamp { get; set; } = "";
}
