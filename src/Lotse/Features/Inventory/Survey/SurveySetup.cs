using Lotse.Features.Inventory.Overlap;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The inventory survey's services (pages are found by Razor Pages).</summary>
public static class SurveySetup
{
    public static IServiceCollection AddSurvey(this IServiceCollection services) =>
        services.AddScoped<SurveyReminders>()
            .AddScoped<ReportedIntegrationSpending>()
            .AddScoped<Finance.Levy.IReportedSpendingSource, SurveyReportedSpending>()   // shown on the levy page
            .AddScoped<IExistingActivitySource, SurveyActivitySource>();
}
