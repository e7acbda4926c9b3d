using Lotse.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Accounts;

/// <summary>
/// Sign-out is a POST (with antiforgery), so a link in a foreign page cannot sign anyone out. It renews the
/// security stamp, so a copy of the cookie (kept in a browser cache or taken by someone) no longer signs in:
/// the stamp is checked on every request. The account's sessions in other browsers end with it.
/// </summary>
[Authorize]
public sealed class LogoutModel(SignInManager<LotseUser> signIn, UserManager<LotseUser> users, SignInSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await sessions.EndOthersAsync(user.Id, keep: null, HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
        return LocalRedirect($"{AccountPaths.Login}?abgemeldet=true");
    }
}
