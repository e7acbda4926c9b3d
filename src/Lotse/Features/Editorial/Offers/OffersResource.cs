namespace Lotse.Features.Editorial.Offers;

/// <summary>Marker for the offer pages' texts (Resources/Features.Editorial.Offers.OffersResource.resx).</summary>
public sealed class OffersResource;
