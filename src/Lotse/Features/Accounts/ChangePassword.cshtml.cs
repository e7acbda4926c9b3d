using Lotse.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>
/// The signed-in account changes its own password (OWASP ASVS 4.0 V2.1.5, V2.1.6): the current password and the new
/// one twice. A wrong current password counts towards the lockout (<see cref="PasswordConfirmations"/>). The change
/// renews the security stamp, which is checked on every request: the account's other sessions end, this one is signed
/// in again (V3.3.3). The owner gets a notice mail (V2.2.3).
/// </summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<LotseUser> users,
    SignInManager<LotseUser> signIn,
    LotseDbContext db,
    CredentialChangeNotices notices,
    IStringLocalizer<CredentialsResource> text,
    ILogger<ChangePasswordModel> log) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [BindProperty(Name = "geaendert", SupportsGet = true)]
    public bool Changed { get; set; }

    /// <summary>The rules as one sentence, from the configured values, under the new-password field.</summary>
    public string RulesHint => text["ChangePassword.NewHint", users.Options.Password.RequiredLength,
        users.Options.Password.RequiredUniqueChars, PasswordRules.MaxLength].Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Changed = false;
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();

        await CheckCurrentPasswordAsync(user);
        if (string.IsNullOrEmpty(Input.NewPassword))
            ModelState.AddModelError("Input.NewPassword", text["ChangePassword.NewRequired"]);
        else
            await ValidateNewPasswordAsync(user);
        if (string.IsNullOrEmpty(Input.RepeatPassword))
            ModelState.AddModelError("Input.RepeatPassword", text["ChangePassword.RepeatRequired"]);
        else if (!string.IsNullOrEmpty(Input.NewPassword) && !string.Equals(Input.NewPassword, Input.RepeatPassword, StringComparison.Ordinal))
            ModelState.AddModelError("Input.RepeatPassword", text["ChangePassword.Mismatch"]);
        if (!ModelState.IsValid)
            return Invalid();

        // One transaction: the new password and its notice mail are saved together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                    ModelState.AddModelError("Input.NewPassword", error.Description);
                return Invalid();
            }
            notices.Queue(user, CredentialChange.PasswordChanged);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        log.LogInformation("Password of account {UserId} changed by its owner; other sessions end", user.Id);
        // The stamp is new: without a fresh cookie this browser would be signed out on its next request too.
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { geaendert = true });
    }

    private async Task ValidateNewPasswordAsync(LotseUser user)
    {
        if (string.Equals(Input.NewPassword, Input.CurrentPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError("Input.NewPassword", text["ChangePassword.SameAsCurrent"]);
            return;
        }
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, Input.NewPassword);
            foreach (var error in result.Errors)
                ModelState.AddModelError("Input.NewPassword", error.Description);
        }
    }

    private async Task CheckCurrentPasswordAsync(LotseUser user)
    {
        var outcome = await signIn.ConfirmPasswordAsync(user, Input.CurrentPassword);
        if (outcome == PasswordConfirmation.Confirmed)
            return;
        if (outcome != PasswordConfirmation.Missing)
            log.LogWarning("Password change refused for account {UserId}: {Outcome}", user.Id, outcome);
        ModelState.AddModelError("Input.CurrentPassword", text[$"ChangePassword.Current{outcome}"]);
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public sealed class ChangePasswordInput
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? RepeatPassword { get; set; }
    }
}
