using Lotse.Features.Operations.Commands;

namespace Lotse.Features.Accounts;

/// <summary>A password for an operator command: asked twice without echo at a terminal, else one line of redirected input.</summary>
internal static class NewPasswordPrompt
{
    /// <summary>The password, or null after saying why not; <paramref name="nothingDone"/> ends that message.</summary>
    public static async Task<string?> ReadAsync(CommandConsole console, string label, string nothingDone)
    {
        var password = console.ReadSecret($"{label} (mindestens 12 Zeichen): ");
        if (string.IsNullOrEmpty(password))
        {
            await console.Error.WriteLineAsync($"Fehler: Es wurde kein Passwort eingegeben. {nothingDone}");
            return null;
        }
        if (console.IsInteractive && console.ReadSecret($"{label} wiederholen: ") != password)
        {
            await console.Error.WriteLineAsync($"Fehler: Die Passwörter stimmen nicht überein. {nothingDone}");
            return null;
        }
        return password;
    }
}
