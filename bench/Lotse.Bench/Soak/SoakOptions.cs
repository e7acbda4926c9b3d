using System.Globalization;

namespace Lotse.Bench.Soak;

/// <summary>
/// <c>soak --minutes 10 --rate 50 --accounts 4 [--saves 0.1] [--warmup-seconds 60] [--seed 10] [--timeout-seconds 30] [--data DIR]</c>.
/// </summary>
internal sealed record SoakOptions
{
    public double Minutes { get; init; } = 10;
    /// <summary>Scheduled operations per second (a save counts once, though it is a form load plus a post).</summary>
    public double Rate { get; init; } = 50;
    public int Accounts { get; init; } = 4;
    /// <summary>Share of the operations that are editorial saves.</summary>
    public double SaveShare { get; init; } = 0.1;
    /// <summary>Start of the schedule that RSS stability and latency percentiles leave out; default 60 s, at most a fifth of a short run.</summary>
    public double? WarmupSeconds { get; init; }
    public int Seed { get; init; } = 10;
    public double TimeoutSeconds { get; init; } = 30;
    public string? DataDirectory { get; init; }

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);
    public TimeSpan Warmup => TimeSpan.FromSeconds(WarmupSeconds ?? Math.Min(60, Duration.TotalSeconds / 5));

    public const string Usage = "Usage: dotnet run -c Release --project bench/Lotse.Bench -- soak [--minutes 10] [--rate 50] [--accounts 4] [--saves 0.1] [--warmup-seconds 60] [--seed 10] [--timeout-seconds 30] [--data DIR]";

    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SoakOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--minutes" => options with { Minutes = Number() },
                "--rate" => options with { Rate = Number() },
                "--accounts" => options with { Accounts = (int)Number() },
                "--saves" => options with { SaveShare = Number() },
                "--warmup-seconds" => options with { WarmupSeconds = Number() },
                "--seed" => options with { Seed = (int)Number() },
                "--timeout-seconds" => options with { TimeoutSeconds = Number() },
                "--data" => options with { DataDirectory = Next() },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        if (options.Minutes <= 0 || options.Rate <= 0 || options.Accounts < 1 || options.SaveShare is < 0 or > 1)
            throw new ArgumentException("--minutes and --rate must be positive, --accounts at least 1, --saves between 0 and 1.");
        if (options.Warmup >= options.Duration)
            throw new ArgumentException("The warm-up must be shorter than the run.");
        return options;
    }
}
