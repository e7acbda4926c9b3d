using System.Diagnostics;

namespace Lotse.Bench.Soak;

internal enum OperationKind { Read, Save }

/// <summary>One scheduled operation: when it was due (since the schedule began), how long from then until its answer, how it ended.</summary>
internal readonly record struct OperationRecord(OperationKind Kind, TimeSpan DueAt, long LatencyTicks, Outcome Outcome);

/// <summary>
/// An open-loop schedule: operation i is due at start + i / rate and is sent then, whether or not earlier
/// ones have been answered. Latency counts from the due time, not from the send, so a stalled server
/// shows up in the figures instead of quietly slowing the load down (no coordinated omission).
/// </summary>
internal static class OpenLoopSchedule
{
    public static async Task<OperationRecord[]> RunAsync(
        int count, double rate, Func<int, OperationKind> kindOf, Func<int, OperationKind, Task<Outcome>> operation,
        Stopwatch clock, Action<int>? progress = null)
    {
        var records = new OperationRecord[count];
        var inFlight = new Task[count];
        var start = clock.ElapsedTicks;
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / rate);
            var wait = due - clock.ElapsedTicks;
            if (wait > 0)
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            var index = i;
            var kind = kindOf(i);
            inFlight[i] = Task.Run(async () =>
            {
                Outcome outcome;
                try
                {
                    outcome = await operation(index, kind);
                }
                catch (TaskCanceledException)
                {
                    outcome = Outcome.Error("timeout");
                }
                catch (HttpRequestException exception)
                {
                    outcome = Outcome.Error($"{exception.HttpRequestError}: {exception.Message}");
                }
                records[index] = new OperationRecord(kind, TimeSpan.FromSeconds((double)(due - start) / Stopwatch.Frequency),
                    clock.ElapsedTicks - due, outcome);
            });
            progress?.Invoke(i);
        }
        await Task.WhenAll(inFlight);
        return records;
    }
}
