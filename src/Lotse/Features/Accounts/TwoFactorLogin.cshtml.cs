using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>The second step of a sign-in with an authenticator app (TOTP); reachable only after the right password.</summary>
public sealed class TwoFactorLoginModel(SignInManager<LotseUser> signIn, IStringLocalizer<AccountsResource> text, ILogger<TwoFactorLoginModel> log) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(AccountPaths.Login) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return Redirect(AccountPaths.Login);
        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), text["TwoFactor.CodeRequired"]);
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        // A security event with the account's id only (ASVS V7.2.1); a refused code may be a replayed one (V2.8.5).
        if (result.Succeeded)
            log.LogInformation("Sign-in of account {UserId} with the second factor", user.Id);
        else
            log.LogWarning("Second factor refused for account {UserId} (wrong, reused or locked)", user.Id);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AccountPaths.Start);
        ModelState.AddModelError(nameof(Code), text["TwoFactor.CodeWrong"]);
        return Page();
    }
}
