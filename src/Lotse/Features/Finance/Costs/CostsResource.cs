namespace Lotse.Features.Finance.Costs;

/// <summary>Marker for the texts of the cost pages (Resources/Features.Finance.Costs.CostsResource.resx).</summary>
public sealed class CostsResource;
