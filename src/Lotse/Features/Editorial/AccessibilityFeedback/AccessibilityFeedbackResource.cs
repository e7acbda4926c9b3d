namespace Lotse.Features.Editorial.AccessibilityFeedback;

/// <summary>Marker for the texts of the feedback inbox (Resources/Features.Editorial.AccessibilityFeedback.AccessibilityFeedbackResource.resx).</summary>
public sealed class AccessibilityFeedbackResource;
