using Lotse.Features.Operations;
using Lotse.Features.Portal.Confirmation;

namespace Lotse.Features.Editorial.Freshness;

public static class FreshnessSetup
{
    /// <summary>The freshness loop: dashboard, one-click and personal-link confirmation, reminder mails.</summary>
    public static IServiceCollection AddFreshness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FreshnessOptions>().Bind(configuration.GetSection(FreshnessOptions.Section));
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => o.StartTls || BackendTransport.IsLocal(o.Host),
                "Lotse:Mail:StartTls is false, but the SMTP server Lotse:Mail:Host is not on this machine: mail to another host must be encrypted (StartTls=true).")
            .ValidateOnStart();
        services.AddScoped<ReminderQueue>();
        services.AddScoped<MailSender>();
        services.AddScoped<MailRetention>();
        services.AddSingleton<ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderService>());
        services.AddSingleton<ConfirmationRateLimit>();
        return services;
    }
}
