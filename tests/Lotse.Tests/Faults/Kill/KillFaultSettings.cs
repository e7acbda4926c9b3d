using System.Globalization;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// Size and seed of the kill tests, from the environment: <c>LOTSE_FAULT_KILLS</c> (kills per scenario; 2 for an ordinary
/// test run, 20 for the full run), <c>LOTSE_FAULT_SEED</c> (fixed by default, so a failure can be rerun exactly),
/// <c>LOTSE_FAULT_OFFERS</c> (offers in the imported package; 10 000 at full size) and <c>LOTSE_RELIABILITY_REPORT</c>
/// (a file that gets one summary line per scenario).
/// </summary>
internal static class KillFaultSettings
{
    public const int FullSizeKills = 20;

    public static int Kills => Number("LOTSE_FAULT_KILLS", 2);

    public static int Seed => Number("LOTSE_FAULT_SEED", 20261126);

    /// <summary>10 000 at full size as the issue asks; fewer for the ordinary run, which must stay fast.</summary>
    public static int Offers => Number("LOTSE_FAULT_OFFERS", Kills >= FullSizeKills ? 10_000 : 300);

    public static void Report(string line)
    {
        var file = Environment.GetEnvironmentVariable("LOTSE_RELIABILITY_REPORT");
        if (!string.IsNullOrWhiteSpace(file))
            File.AppendAllText(file, line + Environment.NewLine);
    }

    private static int Number(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
