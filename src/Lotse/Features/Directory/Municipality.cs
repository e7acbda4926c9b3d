namespace Lotse.Features.Directory;

/// <summary>A town of the county (Kommune), keyed by its official municipality key (AGS).</summary>
public sealed class Municipality
{
    public Guid Id { get; set; }
    /// <summary>Amtlicher Gemeindeschlüssel, e.g. 05382068 for Troisdorf.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>"Stadt" or "Gemeinde".</summary>
    public string? Kind { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int? Population { get; set; }
}
