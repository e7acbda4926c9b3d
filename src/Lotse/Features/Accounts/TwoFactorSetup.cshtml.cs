using Lotse.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>
/// Turns on the authenticator-app second factor (TOTP) for the signed-in account, after one correct code and the
/// account's password (OWASP ASVS 4.0 V3.7.1: a taken-over session alone cannot bind an attacker's app). A wrong
/// password counts towards the lockout like a failed sign-in. The owner gets a notice mail (V2.2.3, V2.5.5).
/// </summary>
[Authorize]
public sealed class TwoFactorSetupModel(
    UserManager<LotseUser> users,
    SignInManager<LotseUser> signIn,
    LotseDbContext db,
    CredentialChangeNotices notices,
    TwoFactorRequirement requirement,
    IStringLocalizer<AccountsResource> text,
    IStringLocalizer<CredentialsResource> credentialsText,
    ILogger<TwoFactorSetupModel> log) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? CurrentPassword { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>The account's role needs a second factor and it has none: the rest of the back office waits for it.</summary>
    public bool RequiredByRole => !Enabled && requirement.AppliesTo(User);
    public string FormattedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user))
            return RedirectToPage();
        var code = TwoFactorCodes.Normalize(Code);
        if (code.Length == 0)
            ModelState.AddModelError(nameof(Code), text["TwoFactor.CodeRequired"]);
        // The password first: a code that is checked counts as used, and should not be spent on a refused attempt.
        if (await CheckPasswordAsync(user) && code.Length > 0 &&
            !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError(nameof(Code), text["TwoFactor.CodeWrong"]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // One transaction: the second factor and its notice mail are saved together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            notices.Queue(user, CredentialChange.TwoFactorEnabled);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        log.LogInformation("Second factor of account {UserId} turned on by its owner", user.Id);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    private async Task<bool> CheckPasswordAsync(LotseUser user)
    {
        var outcome = await signIn.ConfirmPasswordAsync(user, CurrentPassword);
        if (outcome == PasswordConfirmation.Confirmed)
            return true;
        if (outcome != PasswordConfirmation.Missing)
            log.LogWarning("Second factor set-up refused for account {UserId}: password {Outcome}", user.Id, outcome);
        ModelState.AddModelError(nameof(CurrentPassword), credentialsText[$"TwoFactorSetup.Password{outcome}"]);
        return false;
    }

    private async Task LoadAsync(LotseUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
            return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which is checked on every request: renew this browser's cookie too.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        FormattedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        AuthenticatorUri = $"otpauth://totp/Lotse:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Lotse&digits=6";
    }
}
