using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Network.Relations;

/// <summary>A cooperation between two actors of the network (directory organizations), e.g. a Kooperation or a Trägerschaft.</summary>
public sealed class ActorRelation : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid FromOrganizationId { get; set; }
    public Organization FromOrganization { get; set; } = null!;
    public Guid ToOrganizationId { get; set; }
    public Organization ToOrganization { get; set; } = null!;
    /// <summary>One of <see cref="RelationKinds.All"/>.</summary>
    public required string Kind { get; set; }
    public DateOnly? Since { get; set; }
    public string? Note { get; set; }
    /// <summary>Invented demo data, shown with a "Beispiel" badge.</summary>
    public bool IsExample { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
