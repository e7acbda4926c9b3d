namespace Lotse.Features.Inventory.Overlap;

/// <summary>How sure the analysis is that a measure duplicates an activity.</summary>
public enum OverlapStrength
{
    /// <summary>Shared only through "county-wide" or "open to everyone" on one side.</summary>
    Partial,
    /// <summary>Named the same municipality and the same audience on both sides.</summary>
    Exact,
}

/// <summary>A possible duplicate: both sides and what they share.</summary>
/// <param name="CountyWide">The municipality matched because one side is county-wide (<see cref="SharedMunicipalityIds"/> is then empty).</param>
/// <param name="OpenAudience">The audience matched because one side is open to everyone (<see cref="SharedAudienceCodes"/> is then empty).</param>
/// <param name="SharedLanguageCodes">Empty when at least one side names no language (languages were then not compared).</param>
public sealed record OverlapFinding(
    PlannedMeasure Measure,
    ExistingActivity Activity,
    IReadOnlyList<Guid> SharedMunicipalityIds,
    bool CountyWide,
    IReadOnlyList<string> SharedTopicCodes,
    IReadOnlyList<string> SharedAudienceCodes,
    bool OpenAudience,
    IReadOnlyList<string> SharedLanguageCodes,
    OverlapStrength Strength);
