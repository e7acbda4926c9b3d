namespace Lotse.Features.Inventory.Overlap;

/// <summary>
/// Something that already exists in a municipality, as one source knows it: a directory offer, an answer of
/// the inventory survey, a project. The overlap analysis holds planned measures against all of them.
/// </summary>
/// <param name="Source">Where it comes from, German for the report (e.g. "Verzeichnis", "Bestandsaufnahme 2013").</param>
/// <param name="Title">What it is called there.</param>
/// <param name="Link">Back-office path to the entry, if it has one.</param>
/// <param name="MunicipalityIds">Municipalities it serves; empty means county-wide.</param>
/// <param name="TopicCodes">Topic term codes (taxonomy "topic"); empty when the source does not say.</param>
/// <param name="AudienceCodes">Audience term codes (taxonomy "audience"); empty means open to everyone.</param>
/// <param name="LanguageCodes">ISO 639 codes it is delivered in; empty when the source does not say.</param>
public sealed record ExistingActivity(
    string Source,
    string Title,
    string? Link,
    IReadOnlyList<Guid> MunicipalityIds,
    IReadOnlyList<string> TopicCodes,
    IReadOnlyList<string> AudienceCodes,
    IReadOnlyList<string> LanguageCodes);
