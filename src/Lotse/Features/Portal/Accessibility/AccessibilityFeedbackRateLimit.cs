using Microsoft.Extensions.Options;

namespace Lotse.Features.Portal.Accessibility;

/// <summary>Feedback posts per client address (<see cref="AccessibilityOptions"/>: five in ten minutes unless configured).</summary>
public sealed class AccessibilityFeedbackRateLimit(IOptions<AccessibilityOptions> options)
    : ClientRateLimit(options.Value.FeedbackPermitLimit, TimeSpan.FromMinutes(Math.Max(1, options.Value.FeedbackWindowMinutes)));
