using Lotse.Features.Accounts;
using Lotse.Features.OpenData.HsdsImport;

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
            [ImportHsdsCommand.Name] = ImportHsdsCommand.RunAsync,
        };

    /// <summary>Runs the command named by the first argument and sets the exit code; false when the arguments name none (start the web host).</summary>
    public static async Task<bool> TryRunAsync(string[] args, IServiceProvider services)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command))
            return false;
        await using var scope = services.CreateAsyncScope();
        Environment.ExitCode = await command(args[1..], scope.ServiceProvider, CommandConsole.System);
        return true;
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
