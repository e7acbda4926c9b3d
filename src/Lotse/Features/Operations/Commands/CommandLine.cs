using Lotse.Features.Accounts;
using Lotse.Features.OpenData.Hsds;
using Lotse.Features.Operations.Backup;
using Lotse.Features.OpenData.HsdsImport;
using Lotse.Features.Search;

namespace Lotse.Features.Operations.Commands;

/// <summary>
/// Operator commands run instead of the web host (<c>dotnet run --project src/Lotse -- create-admin …</c>),
/// after the database is ready. Later commands (import, export, reindex, backup) are added to <see cref="Commands"/>.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], IServiceProvider, CommandConsole, Task<int>>> Commands =
        new(StringComparer.Ordinal)
        {
            [CreateAdminCommand.Name] = CreateAdminCommand.RunAsync,
            [ResetTwoFactorCommand.Name] = ResetTwoFactorCommand.RunAsync,
            [ResetPasswordCommand.Name] = ResetPasswordCommand.RunAsync,
            [ImportHsdsCommand.Name] = ImportHsdsCommand.RunAsync,
            [ExportHsdsCommand.Name] = ExportHsdsCommand.RunAsync,
            [ExportHsdsJsonCommand.Name] = ExportHsdsJsonCommand.RunAsync,
            [ReindexCommand.Name] = ReindexCommand.RunAsync,
            [BackupCommand.Name] = BackupCommand.RunAsync,
            [RestoreCommand.Name] = RestoreCommand.RunAsync,
        };

    /// <summary>Runs the command named by the first argument and sets the exit code; false when the arguments name none (start the web host).</summary>
    public static async Task<bool> TryRunAsync(string[] args, IServiceProvider services)
    {
        if (await RunAsync(args, services, CommandConsole.System) is not { } exitCode)
            return false;
        Environment.ExitCode = exitCode;
        return true;
    }

    /// <summary>The exit code of the command the arguments name, in a scope of its own; null when they name none.</summary>
    public static async Task<int?> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (Find(args) is not var (command, rest))
        {
            // "export" with a wrong or missing second word is a mistake, not a request to start the web host.
            if (args.Length == 0 || !Commands.Keys.Any(k => k.StartsWith(args[0] + " ", StringComparison.Ordinal)))
                return null;
            var known = Commands.Keys.Where(k => k.StartsWith(args[0] + " ", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            await console.Error.WriteLineAsync($"Fehler: Unbekannter Befehl „{string.Join(' ', args.Take(2))}“. Möglich sind: {string.Join(", ", known)}.");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        return await command(rest, scope.ServiceProvider, console);
    }

    /// <summary>The command named by the first two words (<c>export hsds</c>) or the first word (<c>reindex</c>), and its own arguments.</summary>
    public static (Func<string[], IServiceProvider, CommandConsole, Task<int>> Command, string[] Arguments)? Find(string[] args)
    {
        if (args.Length >= 2 && Commands.TryGetValue($"{args[0]} {args[1]}", out var twoWords))
            return (twoWords, args[2..]);
        if (args.Length >= 1 && Commands.TryGetValue(args[0], out var oneWord))
            return (oneWord, args[1..]);
        return null;
    }
}

/// <summary>The console of a command; tests pass their own readers and writers.</summary>
public sealed record CommandConsole(TextReader In, TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CommandConsole System => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);

    /// <summary>A secret from the terminal without echo, or one line of redirected input.</summary>
    public string? ReadSecret(string prompt)
    {
        if (!IsInteractive)
            return In.ReadLine();
        Out.Write(prompt);
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                    secret.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
        Out.WriteLine();
        return secret.ToString();
    }
}
