namespace Lotse.Features.Editorial.Suggestions;

/// <summary>Marker for the review queue's texts (Resources/Features.Editorial.Suggestions.SuggestionReviewResource.resx).</summary>
public sealed class SuggestionReviewResource;
