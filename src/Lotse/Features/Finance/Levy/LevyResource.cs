namespace Lotse.Features.Finance.Levy;

/// <summary>Marker for the county levy's texts (Resources/Features.Finance.Levy.LevyResource.resx).</summary>
public sealed class LevyResource;
