namespace Lotse.Features.Editorial;

/// <summary>Marker for the German labels of an offer's fields and statuses (Resources/Features.Editorial.OfferFieldsResource.resx), shared by forms and diffs.</summary>
public sealed class OfferFieldsResource;
