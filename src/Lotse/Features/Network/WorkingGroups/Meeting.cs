using Lotse.Data;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>A meeting of a working group: when, where, agenda, minutes (Markdown) and which members attended.</summary>
public sealed class Meeting : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid WorkingGroupId { get; set; }
    public WorkingGroup WorkingGroup { get; set; } = null!;
    public DateOnly Date { get; set; }
    public string? Place { get; set; }
    /// <summary>Markdown.</summary>
    public string? Agenda { get; set; }
    /// <summary>Markdown.</summary>
    public string? Minutes { get; set; }
    public bool IsExample { get; set; }
    public ICollection<WorkingGroupMember> Attendees { get; set; } = new List<WorkingGroupMember>();
    public Guid ConcurrencyStamp { get; set; }
}
