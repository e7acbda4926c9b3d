using Lotse.Features.Directory;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>An actor taking part in a working group, optionally through one of its contact persons, with a role such as Vorsitz.</summary>
public sealed class WorkingGroupMember
{
    public Guid Id { get; set; }
    public Guid WorkingGroupId { get; set; }
    public WorkingGroup WorkingGroup { get; set; } = null!;
    public Guid OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public Guid? ContactId { get; set; }
    public Contact? Contact { get; set; }
    public string? Role { get; set; }
}
