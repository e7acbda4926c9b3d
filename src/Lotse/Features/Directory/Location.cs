using Lotse.Data;

namespace Lotse.Features.Directory;

/// <summary>A place with address and coordinates (HSDS: location + address + accessibility).</summary>
public sealed class Location : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>How to get there by bus and train.</summary>
    public string? Transportation { get; set; }
    /// <summary>Accessibility of the place in one sentence, e.g. "Stufenloser Zugang, Aufzug".</summary>
    public string? AccessibilityDescription { get; set; }
    /// <summary>Further details, e.g. accessible toilet, hearing loop.</summary>
    public string? AccessibilityDetails { get; set; }
    public bool IsExample { get; set; }

    /// <summary>The id this entry has in another system's HSDS data, kept by the HSDS import so a re-import updates it.</summary>
    public string? HsdsId { get; set; }

    public ICollection<Offer> Offers { get; set; } = new List<Offer>();

    /// <summary>Renewed on every save; see <see cref="IConcurrencyStamped"/>.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
