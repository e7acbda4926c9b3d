using Lotse.Data;

namespace Lotse.Features.Directory;

/// <summary>A provider of offers and member of the network (HSDS: organization).</summary>
public sealed class Organization : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    /// <summary>Actor type code, e.g. <c>wohlfahrtsverband</c>, <c>fachamt_kreis</c> (data, see the seed).</summary>
    public string? ActorType { get; set; }
    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public bool IsExample { get; set; }

    /// <summary>The id this entry has in another system's HSDS data, kept by the HSDS import so a re-import updates it.</summary>
    public string? HsdsId { get; set; }
    public DateTime LastModified { get; set; }

    public ICollection<Offer> Offers { get; set; } = new List<Offer>();
    public ICollection<Location> Locations { get; set; } = new List<Location>();

    /// <summary>Renewed on every save; see <see cref="IConcurrencyStamped"/>.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
