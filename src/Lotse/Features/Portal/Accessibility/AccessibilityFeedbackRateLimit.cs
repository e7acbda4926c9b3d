namespace Lotse.Features.Portal.Accessibility;

/// <summary>At most five feedback posts per client address in ten minutes.</summary>
public sealed class AccessibilityFeedbackRateLimit() : ClientRateLimit(5, TimeSpan.FromMinutes(10));
