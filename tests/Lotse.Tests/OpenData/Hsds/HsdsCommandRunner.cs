using Lotse.Features.Operations.Commands;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>Runs an operator command against a test app, as <c>dotnet run -- …</c> would, capturing its output.</summary>
public static class HsdsCommandRunner
{
    public sealed record Outcome(int? ExitCode, string Out, string Error);

    public static async Task<Outcome> RunAsync(LotseAppFactory factory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, factory.Services, new CommandConsole(new StringReader(""), output, error, IsInteractive: false));
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }

    public static string TempFolder() => Path.Combine(Path.GetTempPath(), "lotse-tests", "hsds-" + Guid.NewGuid().ToString("N"));
}
