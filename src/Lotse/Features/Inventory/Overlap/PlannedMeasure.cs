namespace Lotse.Features.Inventory.Overlap;

/// <summary>
/// A measure as the overlap analysis sees it: from the work plan or entered on the check form.
/// </summary>
/// <param name="Link">Back-office path to the measure, null when it was only entered for a check.</param>
/// <param name="MunicipalityIds">Empty means county-wide.</param>
/// <param name="AudienceCodes">Empty means open to everyone.</param>
/// <param name="LanguageCodes">Empty when the measure names no language.</param>
public sealed record PlannedMeasure(
    string Title,
    string? Link,
    IReadOnlyList<Guid> MunicipalityIds,
    IReadOnlyList<string> TopicCodes,
    IReadOnlyList<string> AudienceCodes,
    IReadOnlyList<string> LanguageCodes);
