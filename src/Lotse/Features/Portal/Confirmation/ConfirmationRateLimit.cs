using Lotse.Features.Editorial.Freshness;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Portal.Confirmation;

/// <summary>Requests per minute and client address to the public confirmation page.</summary>
public sealed class ConfirmationRateLimit(IOptions<FreshnessOptions> options)
    : ClientRateLimit(options.Value.ConfirmationRequestsPerMinute, TimeSpan.FromMinutes(1));
