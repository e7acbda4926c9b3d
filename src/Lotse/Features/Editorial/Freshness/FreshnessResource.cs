namespace Lotse.Features.Editorial.Freshness;

/// <summary>Marker for the freshness loop's texts (Resources/Features.Editorial.Freshness.FreshnessResource.resx).</summary>
public sealed class FreshnessResource;
