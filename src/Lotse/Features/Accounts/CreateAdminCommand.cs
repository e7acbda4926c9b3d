using System.Net.Mail;
using Lotse.Data;
using Lotse.Features.Operations.Commands;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Accounts;

/// <summary>
/// <c>create-admin --email address</c>: the first administrator, since there is no default account.
/// The password comes from a prompt without echo, or from stdin when it is redirected; never from the command line,
/// where it would end up in the shell history and the process list.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        var email = EmailArgument(args);
        if (email is null)
        {
            await console.Error.WriteLineAsync("Aufruf: create-admin --email <E-Mail-Adresse>  (das Passwort wird danach abgefragt oder von der Standardeingabe gelesen)");
            return 2;
        }
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            await console.Error.WriteLineAsync($"Fehler: „{email}“ ist keine gültige E-Mail-Adresse.");
            return 1;
        }
        var users = services.GetRequiredService<UserManager<LotseUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await console.Error.WriteLineAsync($"Fehler: Es gibt bereits ein Konto mit der E-Mail-Adresse „{email}“. Es wurde nichts geändert.");
            return 1;
        }
        if (await NewPasswordPrompt.ReadAsync(console, "Passwort", "Es wurde nichts angelegt.") is not { } password)
            return 1;
        var result = await services.GetRequiredService<AccountCreation>().CreateAsync(email, password, Roles.Administrator);
        if (!result.Succeeded)
        {
            await console.Error.WriteLineAsync("Fehler: Das Konto wurde nicht angelegt.");
            foreach (var description in result.Errors.Select(e => e.Description).Distinct())
                await console.Error.WriteLineAsync($"  {description}");
            return 1;
        }
        await console.Out.WriteLineAsync($"Administrator-Konto „{email}“ angelegt. Anmeldung unter {AccountPaths.Login}");
        return 0;
    }

    /// <summary>The value of <c>--email address</c> or <c>--email=address</c>; also read by <see cref="ResetPasswordCommand"/>.</summary>
    internal static string? EmailArgument(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--email=", StringComparison.Ordinal))
                return args[i]["--email=".Length..].Trim();
            if (args[i] == "--email" && i + 1 < args.Length)
                return args[i + 1].Trim();
        }
        return null;
    }
}
