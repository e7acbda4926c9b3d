using Spectre.Console;

namespace Lotse.Features.Operations.Commands;

/// <summary>
/// Progress of a long command: a Spectre.Console progress bar on an interactive terminal, plain lines
/// otherwise (logs, pipes, cron), so that redirected output stays readable.
/// </summary>
public static class CommandProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports how many of <paramref name="total"/> steps are done and what it is at.</summary>
    public static async Task<T> RunAsync<T>(CommandConsole console, string description, int total, Func<Action<int, string?>, Task<T>> work)
    {
        if (!console.IsInteractive)
        {
            await console.Out.WriteLineAsync($"{description} …");
            var lastLine = -1;
            return await work((done, item) =>
            {
                lock (console)
                {
                    if (item is not null)
                        console.Out.WriteLine($"  {item} ({done}/{total})");
                    else if (done * 10 / Math.Max(1, total) != lastLine)
                        console.Out.WriteLine($"  {done}/{total}");
                    lastLine = done * 10 / Math.Max(1, total);
                }
            });
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        return await terminal.Progress().StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
            var result = await work((done, item) =>
            {
                task.Value = done;
                if (item is not null)
                    task.Description = Markup.Escape($"{description}: {item}");
            });
            task.Value = task.MaxValue;
            return result;
        });
    }
}
