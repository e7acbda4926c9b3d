using Lotse.Data;

namespace Lotse.Features.Directory;

/// <summary>
/// A named contact person of an offer or of an organization (HSDS contact: service_id and organization_id, both
/// optional). Personal data: shown only with recorded consent; a network contact without an offer is stored only with it.
/// </summary>
public sealed class Contact : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid? OfferId { get; set; }
    public Offer? Offer { get; set; }
    /// <summary>Set for a contact person of an actor in the network (an organization), with or without an offer.</summary>
    public Guid? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateOnly? ConsentGivenOn { get; set; }
    public string? ConsentScope { get; set; }

    public bool MayBePublished => ConsentGivenOn is not null;

    /// <summary>Renewed on every save; see <see cref="IConcurrencyStamped"/>.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
