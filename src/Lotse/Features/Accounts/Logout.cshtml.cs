using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Accounts;

/// <summary>Sign-out is a POST (with antiforgery), so a link in a foreign page cannot sign anyone out.</summary>
[Authorize]
public sealed class LogoutModel(SignInManager<LotseUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect($"{AccountPaths.Login}?abgemeldet=true");
    }
}
