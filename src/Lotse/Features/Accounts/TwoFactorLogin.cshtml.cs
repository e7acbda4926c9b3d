using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>The second step of a sign-in with an authenticator app (TOTP); reachable only after the right password.</summary>
public sealed class TwoFactorLoginModel(SignInManager<LotseUser> signIn, IStringLocalizer<AccountsResource> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(AccountPaths.Login) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return Redirect(AccountPaths.Login);
        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), text["TwoFactor.CodeRequired"]);
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AccountPaths.Start);
        ModelState.AddModelError(nameof(Code), text["TwoFactor.CodeWrong"]);
        return Page();
    }
}
