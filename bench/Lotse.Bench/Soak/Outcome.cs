namespace Lotse.Bench.Soak;

internal enum OutcomeKind { Ok, Conflict, Error }

/// <summary>How one operation ended; for saves also how long the post alone took (ticks), 0 otherwise.</summary>
internal readonly record struct Outcome(OutcomeKind Kind, string? Detail, long PostTicks)
{
    public static Outcome Ok(long postTicks = 0) => new(OutcomeKind.Ok, null, postTicks);
    public static Outcome Conflict(long postTicks) => new(OutcomeKind.Conflict, null, postTicks);
    public static Outcome Error(string detail) => new(OutcomeKind.Error, detail, 0);
}
