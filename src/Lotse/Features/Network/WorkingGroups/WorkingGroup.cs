using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>A standing group of actors, e.g. the Arbeitskreis Integration or a runder Tisch.</summary>
public sealed class WorkingGroup : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>One of <see cref="WorkingGroupKinds.All"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>Markdown.</summary>
    public string? Description { get; set; }
    /// <summary>Null: county-wide.</summary>
    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public bool IsExample { get; set; }

    /// <summary>Topic terms (taxonomy code topic).</summary>
    public ICollection<TaxonomyTerm> Topics { get; set; } = new List<TaxonomyTerm>();
    public ICollection<WorkingGroupMember> Members { get; set; } = new List<WorkingGroupMember>();
    public ICollection<Meeting> Meetings { get; set; } = new List<Meeting>();
    public ICollection<ActionItem> ActionItems { get; set; } = new List<ActionItem>();
    public Guid ConcurrencyStamp { get; set; }
}
