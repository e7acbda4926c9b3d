using Lotse.Data;
using Lotse.Features.Editorial.History;
using Lotse.Features.Operations.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>
/// <c>reset-2fa address</c>: for an account whose authenticator is lost (OWASP ASVS 4.0 V2.5.7). The operator has
/// checked the person's identity outside Lotse; the command switches the second factor off, throws away the
/// authenticator key, ends all sessions of the account and tells the account holder by mail.
/// </summary>
public static class ResetTwoFactorCommand
{
    public const string Name = "reset-2fa";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (args is not [var email] || string.IsNullOrWhiteSpace(email) || email.StartsWith('-'))
        {
            await console.Error.WriteLineAsync("Aufruf: reset-2fa <E-Mail-Adresse>  (schaltet den zweiten Faktor des Kontos aus und beendet seine Anmeldungen)");
            return 2;
        }
        email = email.Trim();
        var users = services.GetRequiredService<UserManager<LotseUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            await console.Error.WriteLineAsync($"Fehler: Es gibt kein Konto mit der E-Mail-Adresse „{email}“. Es wurde nichts geändert.");
            return 1;
        }
        services.GetRequiredService<ICurrentActor>().Set(null, Name, ActorSources.Command);
        var db = services.GetRequiredService<LotseDbContext>();
        // One transaction: the factor is off, the key new, the sessions ended and the mail queued, or nothing is.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            // A new key: the lost phone's codes are worthless even if the factor is switched on again.
            Check(await users.ResetAuthenticatorKeyAsync(user));
            // Lotse issues no recovery codes; should any exist (older data), they go with the key.
            if (await users.CountRecoveryCodesAsync(user) > 0 &&
                services.GetRequiredService<IUserStore<LotseUser>>() is IUserTwoFactorRecoveryCodeStore<LotseUser> codes)
            {
                await codes.ReplaceCodesAsync(user, [], CancellationToken.None);
                Check(await users.UpdateAsync(user));
            }
            // The security stamp is checked on every request (AccountsSetup): a new one ends every session now.
            Check(await users.UpdateSecurityStampAsync(user));
            services.GetRequiredService<CredentialChangeNotices>().Queue(user, CredentialChange.TwoFactorReset);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ResetTwoFactorCommand).FullName!)
            .LogWarning("Second factor of account {UserId} reset by operator command; its sessions were ended", user.Id);
        await console.Out.WriteLineAsync($"Zweiter Faktor für „{email}“ ausgeschaltet, alle Anmeldungen des Kontos beendet. " +
            $"Die Anmeldung geht jetzt mit dem Passwort allein; eine Benachrichtigung an das Konto ist versandbereit.");
        return 0;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Resetting the second factor failed: " + string.Join(" ", result.Errors.Select(e => e.Code)));
    }
}
