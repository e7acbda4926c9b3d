namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// The two kill tests run one after the other: side by side, the 10 000-offer import took the CPU from the
/// editorial saves, whose bursts then were killed before a save got through.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KillCollection
{
    public const string Name = "Kill faults";
}
