namespace Lotse.Features.Portal.Suggestions;

/// <summary>Marker for the texts of the public suggestion form (Resources/Features.Portal.Suggestions.SuggestionsResource.resx); the neutral file is German.</summary>
public sealed class SuggestionsResource;
