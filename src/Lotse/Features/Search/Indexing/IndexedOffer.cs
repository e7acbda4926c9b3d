namespace Lotse.Features.Search.Indexing;

/// <summary>What the index needs of an offer, projected from the database without tracking.</summary>
public sealed record IndexedOffer(
    Guid Id,
    string Name,
    string? AlternateName,
    string Description,
    string OrganizationName,
    Guid? MunicipalityId,
    Guid? OrganizationMunicipalityId,
    DateOnly? LastVerified,
    bool IsExample,
    List<Guid> TermIds,
    List<Guid> LanguageIds,
    List<IndexedLocation> Locations);

public sealed record IndexedLocation(string? Street, string? City, Guid? MunicipalityId, double? Latitude, double? Longitude);
