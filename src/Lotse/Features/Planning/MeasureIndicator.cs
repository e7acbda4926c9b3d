namespace Lotse.Features.Planning;

/// <summary>How a measure's goal is measured: a named indicator with its target and the value reached so far.</summary>
public sealed class MeasureIndicator
{
    public Guid Id { get; set; }
    public Guid MeasureId { get; set; }
    public Measure Measure { get; set; } = null!;
    public required string Name { get; set; }
    /// <summary>E.g. "Teilnehmende", "Gruppen", "%".</summary>
    public string? Unit { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
    public int SortOrder { get; set; }
}
