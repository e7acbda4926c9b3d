namespace Lotse.Features.Finance.Controlling;

/// <summary>Marker for the funding controlling's texts (Resources/Features.Finance.Controlling.ControllingResource.resx).</summary>
public sealed class ControllingResource;
