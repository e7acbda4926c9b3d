using System.Diagnostics;

namespace Lotse.Tests.Infrastructure;

/// <summary>
/// Runs Lotse as the operator does, in a process of its own (<c>dotnet Lotse.dll &lt;command&gt;</c>), with settings
/// passed as environment variables. For commands that must not share a process with a running web host.
/// </summary>
public static class LotseProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var process = Process.Start(StartInfo(settings, args)) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lotse {string.Join(' ', args)} did not finish within 3 minutes: {await error}");
        }
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary><c>dotnet Lotse.dll &lt;args&gt;</c> in the test's output folder, output redirected, settings as environment variables.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Lotse.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        return start;
    }
}
