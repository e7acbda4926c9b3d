using Lotse.Features.Accounts;
using Lotse.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Account;

/// <summary>
/// The signed-in account's own sign-ins (OWASP ASVS 4.0 V3.3.4): browser, since when, last active; each other one
/// can be ended here, or all others at once. The current one ends with the usual sign-out. A back-office page (menu,
/// back-office stylesheet); the sessions themselves are kept by <see cref="SignInSessions"/>.
/// </summary>
[Authorize]
public sealed class SessionsModel(UserManager<LotseUser> users, SignInSessions sessions, IStringLocalizer<SessionsResource> text) : PageModel
{
    public List<SignInSession> Sessions { get; private set; } = [];
    public Guid? Current { get; private set; }
    public string? Error { get; private set; }

    /// <summary>After a redirect: how many sign-ins were just ended (0 = the one asked for had already ended).</summary>
    [BindProperty(Name = "beendet", SupportsGet = true)]
    public int? Ended { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Challenge();

    public async Task<IActionResult> OnPostEndAsync([FromForm(Name = "sitzung")] string? session, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Challenge();
        if (!Guid.TryParse(session, out var id))
            return Refuse(text["Error.Unknown"]);
        if (id == Current)
            return Refuse(text["Error.Current"]);
        var ended = await sessions.EndAsync(UserId, id, cancellationToken);
        return Redirect($"{AccountPaths.Sessions}?beendet={(ended ? 1 : 0)}");
    }

    public async Task<IActionResult> OnPostEndOthersAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Challenge();
        var ended = await sessions.EndOthersAsync(UserId, Current, cancellationToken);
        return Redirect($"{AccountPaths.Sessions}?beendet={ended}");
    }

    private Guid UserId { get; set; }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return false;
        UserId = user.Id;
        Current = SignInSessionTracking.CurrentSession(HttpContext);
        Sessions = await sessions.ListAsync(user.Id, await users.GetSecurityStampAsync(user), cancellationToken);
        return true;
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        Ended = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
