using Lotse.Data;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>A task agreed in a working group, owned by one of its members (the actor or its contact person).</summary>
public sealed class ActionItem : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid WorkingGroupId { get; set; }
    public WorkingGroup WorkingGroup { get; set; } = null!;
    public required string Text { get; set; }
    public Guid? OwnerMemberId { get; set; }
    public WorkingGroupMember? OwnerMember { get; set; }
    public DateOnly? DueOn { get; set; }
    public bool Done { get; set; }
    public bool IsExample { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Open and past its due date on <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => !Done && DueOn is { } due && due < today;
}
