using Lotse.Features.Finance.Levy;

namespace Lotse.Features.Inventory.Survey;

/// <summary>
/// The levy page's "reported spending on integration": the figures of the latest survey round (closed before open),
/// whatever the levy year — the survey asks for one year's spending and is not repeated every year.
/// </summary>
public sealed class SurveyReportedSpending(ReportedIntegrationSpending spending) : IReportedSpendingSource
{
    public async Task<IReadOnlyDictionary<Guid, decimal?>> ReportedSpendingAsync(int year, CancellationToken cancellationToken) =>
        (await spending.LoadAsync(cancellationToken)).ToDictionary(p => p.Key, p => (decimal?)p.Value);
}
