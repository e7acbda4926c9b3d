namespace Lotse.Features.Directory;

/// <summary>A weekly opening or meeting time (HSDS: schedule with freq WEEKLY).</summary>
public sealed class Schedule
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public DayOfWeek Weekday { get; set; }
    public TimeOnly OpensAt { get; set; }
    public TimeOnly ClosesAt { get; set; }
    /// <summary>E.g. "nur nach Terminvereinbarung", "in den Schulferien geschlossen".</summary>
    public string? Note { get; set; }
}
