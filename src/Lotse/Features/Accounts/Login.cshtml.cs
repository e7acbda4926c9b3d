using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>
/// Cookie sign-in. Every failure (unknown address, wrong password, locked account) gets the same
/// message, so the form does not tell which addresses have an account.
/// </summary>
public sealed class LoginModel(SignInManager<LotseUser> signIn, IStringLocalizer<AccountsResource> text) : PageModel
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

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AccountPaths.Start);
        if (result.RequiresTwoFactor)
            return LocalRedirect(AccountPaths.TwoFactorLogin + QueryString.Create("ReturnUrl", Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : AccountPaths.Start));

        ModelState.AddModelError("Input.Email", text["Login.Failed"]);
        return Page();
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
