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
    List<IndexedLocation> Locations)
{
    /// <summary>The translations the portal shows (current or machine-made; outdated ones are left out).</summary>
    public List<IndexedTranslation> Translations { get; init; } = [];
}

public sealed record IndexedLocation(string? Street, string? City, Guid? MunicipalityId, double? Latitude, double? Longitude);

/// <summary>An offer's searched texts in one portal language (culture segment), as its page there shows them.</summary>
public sealed record IndexedTranslation(string Culture, string Name, string? AlternateName, string Description, bool IsMachineTranslated);
