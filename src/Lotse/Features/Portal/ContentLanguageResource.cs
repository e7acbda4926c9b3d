namespace Lotse.Features.Portal;

/// <summary>Marker for the notes on an offer's content language (Resources/Features.Portal.ContentLanguageResource.*.resx).</summary>
public sealed class ContentLanguageResource;
