using Microsoft.Extensions.Options;

namespace Lotse.Features.Portal.Suggestions;

/// <summary>The <c>Lotse:Suggestions</c> configuration section.</summary>
public sealed class SuggestionOptions
{
    public const string Section = "Lotse:Suggestions";

    /// <summary>Suggestions one address may send per <see cref="WindowMinutes"/>.</summary>
    public int PermitLimit { get; set; } = 5;

    public int WindowMinutes { get; set; } = 10;
}

/// <summary>Suggestion posts per client address (<see cref="SuggestionOptions"/>).</summary>
public sealed class SuggestionRateLimit(IOptions<SuggestionOptions> options)
    : ClientRateLimit(options.Value.PermitLimit, TimeSpan.FromMinutes(Math.Max(1, options.Value.WindowMinutes)));
