namespace Lotse.Features.Editorial.SpreadsheetImport;

public static class SpreadsheetImportSetup
{
    public static IServiceCollection AddSpreadsheetImport(this IServiceCollection services)
    {
        services.AddSingleton<PendingImports>();
        services.AddScoped<ImportRowValidator>();
        services.AddScoped<ImportChecker>();
        services.AddScoped<ImportSaver>();
        return services;
    }
}
