using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>
/// Cookie sign-in. Every failure (unknown address, wrong password, locked account) gets the same
/// message, so the form does not tell which addresses have an account. Each outcome is logged as a security
/// event with the account's id only, never the address typed or the password (ASVS V7.1.1, V7.2.1).
/// </summary>
public sealed class LoginModel(SignInManager<LotseUser> signIn, IStringLocalizer<AccountsResource> text, ILogger<LoginModel> log) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "abgemeldet", SupportsGet = true)]
    public bool SignedOut { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", text["Login.EmailRequired"]);
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", text["Login.PasswordRequired"]);
        if (!ModelState.IsValid)
            return Page();

        var user = await signIn.UserManager.FindByNameAsync(Input.Email!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        LogOutcome(user, result);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AccountPaths.Start);
        if (result.RequiresTwoFactor)
            return LocalRedirect(AccountPaths.TwoFactorLogin + QueryString.Create("ReturnUrl", Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AccountPaths.Start));

        ModelState.AddModelError("Input.Email", text["Login.Failed"]);
        return Page();
    }

    private void LogOutcome(LotseUser? user, Microsoft.AspNetCore.Identity.SignInResult result)
    {
        if (user is null)
            log.LogWarning("Sign-in refused: no account with the address given");
        else if (result.Succeeded)
            log.LogInformation("Sign-in of account {UserId}", user.Id);
        else if (result.RequiresTwoFactor)
            log.LogInformation("Password of account {UserId} correct; second factor asked for", user.Id);
        else if (result.IsLockedOut)
            log.LogWarning("Sign-in refused: account {UserId} is locked", user.Id);
        else
            log.LogWarning("Sign-in refused: wrong password for account {UserId}", user.Id);
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
