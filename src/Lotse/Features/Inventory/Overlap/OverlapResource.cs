namespace Lotse.Features.Inventory.Overlap;

/// <summary>Marker for the texts of overlap analysis and coverage (Resources/Features.Inventory.Overlap.OverlapResource.resx).</summary>
public sealed class OverlapResource;
