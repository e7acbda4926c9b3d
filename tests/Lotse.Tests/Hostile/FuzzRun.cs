using System.Diagnostics;

namespace Lotse.Tests.Hostile;

/// <summary>Sends <c>count</c> generated inputs round the targets from one seed and tallies the answers.</summary>
public sealed class FuzzRun
{
    public int Inputs { get; private set; }
    public int ServerErrors { get; private set; }
    public List<string> Failures { get; } = [];
    public SortedDictionary<string, SortedDictionary<int, int>> StatusesByTarget { get; } = new(StringComparer.Ordinal);
    public TimeSpan Elapsed { get; private set; }

    private static readonly string? Trace = Environment.GetEnvironmentVariable("LOTSE_FUZZ_TRACE") is { Length: > 0 } t ? t : null;

    public static void TraceLine(string line)
    {
        if (Trace is not null)
            File.AppendAllText(Trace, line + Environment.NewLine);
    }

    public async Task RunAsync(IReadOnlyList<(string Name, Func<Random, Task<int>> Send)> targets, int count, int seed)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (name, send) = targets[i % targets.Count];
            // Each input gets its own seed from the run's seed, so input i can be replayed alone.
            var inputSeed = random.Next();
            // With LOTSE_FUZZ_TRACE set, each input is named before it is sent: the last line names an input that hangs.
            TraceLine($"{i} {name} {inputSeed}");
            int status;
            try
            {
                status = await send(new Random(inputSeed));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                status = 599;
                Failures.Add($"{name} (Eingabe {i}, Startwert {inputSeed}): {ex.GetType().Name}: {ex.Message} {ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Lotse.Features", StringComparison.Ordinal))?.Trim()}");
            }
            Inputs++;
            if (status >= 500)
            {
                ServerErrors++;
                if (status != 599)
                    Failures.Add($"{name} (Eingabe {i}, Startwert {inputSeed}): Status {status}");
            }
            var statuses = StatusesByTarget.TryGetValue(name, out var s) ? s : StatusesByTarget[name] = new();
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }
        Elapsed = clock.Elapsed;
    }
}
