namespace Lotse.Features.Portal.Suggestions;

public static class SuggestionsSetup
{
    /// <summary>The public suggestion form's rate limit; the pages themselves are found by Razor Pages.</summary>
    public static IServiceCollection AddSuggestions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SuggestionOptions>().Bind(configuration.GetSection(SuggestionOptions.Section));
        services.AddSingleton<SuggestionRateLimit>();
        return services;
    }
}
