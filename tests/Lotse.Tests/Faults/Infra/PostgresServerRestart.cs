namespace Lotse.Tests.Infrastructure;

/// <summary>Stopping and starting a test's own cluster on the same port, as an operator's restart of PostgreSQL does.</summary>
public sealed partial class PostgresServer
{
    /// <summary>Stops the server ("fast": open sessions are ended, their transactions rolled back).</summary>
    public void Stop() =>
        Run(Path.Combine(_binDirectory!, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], _runAs);

    /// <summary>Starts the stopped server again on its port.</summary>
    public void StartAgain() =>
        Run(Path.Combine(_binDirectory!, "pg_ctl"),
            ["start", "-D", DataDirectory, "-l", Path.Combine(_root!, "server.log"), "-w", "-t", "60", "-o", $"-p {Port}"], _runAs);
}
