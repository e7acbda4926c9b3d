using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Accounts.Sessions;

/// <summary>The server-side list of an account's sign-ins: started at sign-in, checked on every request, ended by its owner.</summary>
public sealed class SignInSessions(LotseDbContext db, TimeProvider clock)
{
    public const int BrowserMaxLength = 300;
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Records a sign-in, or, for a renewed sign-in of the same session (password change, second factor set up),
    /// takes over the new security stamp. Also drops the account's sessions that have ended meanwhile.
    /// </summary>
    public async Task<Guid> StartAsync(Guid? sessionId, Guid userId, string securityStamp, string? browser, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SignInSessions.Where(s => s.UserId == userId && s.Id != sessionId && (s.SecurityStamp != securityStamp || s.LastSeenAt < IdleLimit(now) || s.StartedAt < AbsoluteLimit(now)))
            .ExecuteDeleteAsync(cancellationToken);
        var session = sessionId is { } id ? await db.SignInSessions.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken) : null;
        if (session is null)
        {
            session = new SignInSession { Id = Guid.NewGuid(), UserId = userId, StartedAt = now, Browser = Shorten(browser) };
            db.SignInSessions.Add(session);
        }
        session.SecurityStamp = securityStamp;
        session.LastSeenAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>False when the session was ended (by its owner or a sign-out); notes the request's time otherwise.</summary>
    public async Task<bool> ContinueAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var lastSeen = await db.SignInSessions.Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => (DateTime?)s.LastSeenAt).SingleOrDefaultAsync(cancellationToken);
        if (lastSeen is null)
            return false;
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - lastSeen.Value >= TouchInterval)
            await db.SignInSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        return true;
    }

    /// <summary>The account's sessions that are still running (same security stamp, within the idle and absolute limits), newest first.</summary>
    public async Task<List<SignInSession>> ListAsync(Guid userId, string securityStamp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SignInSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.SecurityStamp == securityStamp && s.LastSeenAt >= IdleLimit(now) && s.StartedAt >= AbsoluteLimit(now))
            .OrderByDescending(s => s.LastSeenAt).ThenByDescending(s => s.StartedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends one of the account's sessions; false when it has none with that id.</summary>
    public async Task<bool> EndAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        await db.SignInSessions.Where(s => s.UserId == userId && s.Id == sessionId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Ends every session of the account except <paramref name="keep"/>; returns how many.</summary>
    public Task<int> EndOthersAsync(Guid userId, Guid? keep, CancellationToken cancellationToken) =>
        db.SignInSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(cancellationToken);

    // One minute more than the cookie's idle time: LastSeenAt is written at most once a minute.
    private static DateTime IdleLimit(DateTime now) => now - SessionLifetime.Idle - TouchInterval;
    private static DateTime AbsoluteLimit(DateTime now) => now - SessionLifetime.Absolute;

    private static string Shorten(string? browser)
    {
        var text = new string((browser ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.Length <= BrowserMaxLength ? text : text[..BrowserMaxLength];
    }
}
