namespace Lotse.Bench.Corpus;

internal sealed record GeneratedOrganization(Guid Id, string Name, string ActorType, ReferenceMunicipality Municipality);

/// <summary>One synthetic offer; codes are kept beside the ids so other stores (PostgreSQL) get the same facets.</summary>
internal sealed record GeneratedOffer(
    Guid Id,
    GeneratedOrganization Organization,
    string Name,
    string Description,
    ReferenceMunicipality? Municipality,
    IReadOnlyList<ReferenceTerm> Terms,
    IReadOnlyList<ReferenceLanguage> Languages,
    bool IsFree,
    string? Email,
    string? Phone,
    DateOnly LastVerified,
    DateTime CreatedAt);
