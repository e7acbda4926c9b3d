using Lotse.Features.Directory;

namespace Lotse.Features.Accounts;

/// <summary>A municipality whose entries a Redaktion Kommune account maintains.</summary>
public sealed class UserMunicipality
{
    public Guid UserId { get; set; }
    public Guid MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}

/// <summary>An organization whose entries a Träger account maintains.</summary>
public sealed class UserOrganization
{
    public Guid UserId { get; set; }
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
