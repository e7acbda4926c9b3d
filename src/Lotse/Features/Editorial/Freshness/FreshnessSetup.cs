using Lotse.Features.Portal.Confirmation;

namespace Lotse.Features.Editorial.Freshness;

public static class FreshnessSetup
{
    /// <summary>The freshness loop: dashboard, one-click and personal-link confirmation, reminder mails.</summary>
    public static IServiceCollection AddFreshness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FreshnessOptions>().Bind(configuration.GetSection(FreshnessOptions.Section));
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section));
        services.AddScoped<ReminderQueue>();
        services.AddScoped<MailSender>();
        services.AddSingleton<ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderService>());
        services.AddSingleton<ConfirmationRateLimit>();
        return services;
    }
}
