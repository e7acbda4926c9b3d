using Lotse.Features.Directory;
using Lotse.Features.Planning.Concept;

namespace Lotse.Features.Planning.Participation;

/// <summary>Who took part in a concept version, when and how (e.g. Anhörung, Workshop, Stellungnahme).</summary>
public sealed class ParticipationEntry : Lotse.Data.IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid ConceptVersionId { get; set; }
    public IntegrationConceptVersion ConceptVersion { get; set; } = null!;
    public Guid? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    /// <summary>Who, when not an organization of the directory, e.g. "Stadt Hennef" or "Kreistagsfraktionen".</summary>
    public string? ActorText { get; set; }
    /// <summary>Empty when the source gives no date; such entries cannot show "from the start".</summary>
    public DateOnly? TookPartOn { get; set; }
    public required string Form { get; set; }
    public string? Note { get; set; }
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public string Actor => Organization?.Name ?? ActorText ?? "";
}
