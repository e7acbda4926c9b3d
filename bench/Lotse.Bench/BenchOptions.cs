using System.Globalization;

namespace Lotse.Bench;

/// <summary>Command line: --size N | --sizes a,b,c, --seed, --fresh, --http-seconds, --inproc-seconds, --skip-pg, --skip-http, --skip-inproc, --data DIR, --profile N.</summary>
internal sealed record BenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [100_000];
    public int Seed { get; init; } = Corpus.CorpusGenerator.DefaultSeed;
    public bool Fresh { get; init; }
    public int HttpSeconds { get; init; } = 10;
    public int InProcessSeconds { get; init; } = 5;
    public bool SkipPostgres { get; init; }
    public bool SkipHttp { get; init; }
    public bool SkipInProcess { get; init; }
    public bool GenerateOnly { get; init; }
    public string? DataRoot { get; init; }
    /// <summary>Iterations per phase of the per-query profile (0: no profile, the normal run).</summary>
    public int ProfileIterations { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--size" or "--sizes" => options with { Sizes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseSize).ToList() },
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--fresh" => options with { Fresh = true },
                "--http-seconds" => options with { HttpSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--inproc-seconds" => options with { InProcessSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--skip-pg" => options with { SkipPostgres = true },
                "--skip-http" => options with { SkipHttp = true },
                "--skip-inproc" => options with { SkipInProcess = true },
                "--generate-only" => options with { GenerateOnly = true },
                "--data" => options with { DataRoot = Next() },
                "--profile" => options with { ProfileIterations = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    // Accepts 100000, 100_000, 100k, 1m.
    private static int ParseSize(string text)
    {
        text = text.Trim().Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var factor = text.EndsWith('k') ? 1_000 : text.EndsWith('m') ? 1_000_000 : 1;
        if (factor > 1)
            text = text[..^1];
        return checked(int.Parse(text, CultureInfo.InvariantCulture) * factor);
    }
}
