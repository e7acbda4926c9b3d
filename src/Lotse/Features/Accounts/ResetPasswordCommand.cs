using Lotse.Data;
using Lotse.Features.Editorial.History;
using Lotse.Features.Operations.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>
/// <c>reset-password --email address</c>: a new password set by the operator, for a forgotten password or after the
/// password pepper was lost (then every stored password fails). Password from a prompt without echo, or from stdin
/// when it is redirected, checked by the same rules as a change; the account is unlocked, its sessions end and its
/// owner is told by mail.
/// </summary>
public static class ResetPasswordCommand
{
    public const string Name = "reset-password";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (CreateAdminCommand.EmailArgument(args) is not { Length: > 0 } email)
        {
            await console.Error.WriteLineAsync("Aufruf: reset-password --email <E-Mail-Adresse>  (das neue Passwort wird danach abgefragt oder von der Standardeingabe gelesen)");
            return 2;
        }
        var users = services.GetRequiredService<UserManager<LotseUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            await console.Error.WriteLineAsync($"Fehler: Es gibt kein Konto mit der E-Mail-Adresse „{email}“. Es wurde nichts geändert.");
            return 1;
        }
        if (await NewPasswordPrompt.ReadAsync(console, "Neues Passwort", "Es wurde nichts geändert.") is not { } password)
            return 1;
        services.GetRequiredService<ICurrentActor>().Set(null, Name, ActorSources.Command);
        var db = services.GetRequiredService<LotseDbContext>();
        // One transaction: new password (new security stamp: every session ends), unlocked and the mail queued, or nothing.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
            if (!result.Succeeded)
            {
                await console.Error.WriteLineAsync("Fehler: Das Passwort wurde nicht geändert.");
                foreach (var description in result.Errors.Select(e => e.Description).Distinct())
                    await console.Error.WriteLineAsync($"  {description}");
                return 1;
            }
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            services.GetRequiredService<CredentialChangeNotices>().Queue(user, CredentialChange.PasswordChanged);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ResetPasswordCommand).FullName!)
            .LogWarning("Password of account {UserId} reset by operator command; its sessions were ended", user.Id);
        await console.Out.WriteLineAsync($"Neues Passwort für „{email}“ gesetzt, Sperre aufgehoben, alle Anmeldungen des Kontos beendet. " +
            "Eine Benachrichtigung an das Konto ist versandbereit.");
        return 0;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Resetting the password failed: " + string.Join(" ", result.Errors.Select(e => e.Code)));
    }
}
