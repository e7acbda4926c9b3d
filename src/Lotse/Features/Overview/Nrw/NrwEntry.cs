using Lotse.Data;

namespace Lotse.Features.Overview.Nrw;

/// <summary>One of the 54 counties and county-free cities of NRW and its KIZ status over time (P12).</summary>
public sealed class NrwEntry : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The name as the 2013 source spells it.</summary>
    public string? NameInSource { get; set; }
    /// <summary>"Kreis" or "kreisfreie Stadt".</summary>
    public required string Kind { get; set; }
    /// <summary>Comparable with the Rhein-Sieg-Kreis (e.g. Gütersloh, Lippe, Mettmann, Soest): its milestones are shown as a timeline.</summary>
    public bool IsComparable { get; set; }
    public ICollection<NrwStatusChange> Changes { get; set; } = new List<NrwStatusChange>();
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>From <see cref="ChangedOn"/> on, the entry is in <see cref="Category"/>; a change may keep the category and record a milestone.</summary>
public sealed class NrwStatusChange
{
    public Guid Id { get; set; }
    public Guid NrwEntryId { get; set; }
    public DateOnly ChangedOn { get; set; }
    /// <summary>One of <see cref="NrwCategories.All"/>.</summary>
    public required string Category { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
}
