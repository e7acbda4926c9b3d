using Microsoft.Extensions.Options;

namespace Lotse.Features.Operations.Uploads;

public static class UploadsSetup
{
    /// <summary>The virus scan of uploads (<see cref="UploadScanner"/>), switched on by Lotse:Uploads:VirusScanner.</summary>
    public static IServiceCollection AddUploadScanning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UploadOptions>, UploadOptionsValidation>();
        services.AddSingleton<UploadScanner>();
        services.AddHealthChecks().AddCheck<VirusScannerHealthCheck>("virusScanner");
        return services;
    }
}
