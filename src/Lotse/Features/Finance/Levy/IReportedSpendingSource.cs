namespace Lotse.Features.Finance.Levy;

/// <summary>
/// What each municipality reported spending on integration per year (the inventory survey, P8), shown next to its
/// levy share: the double-financing question of Vorlage 2013/728. Registered as a scoped service; with none the
/// page says "keine Angabe".
/// </summary>
public interface IReportedSpendingSource
{
    /// <summary>Municipality id → reported amount in euro, or null when the municipality gave none.</summary>
    Task<IReadOnlyDictionary<Guid, decimal?>> ReportedSpendingAsync(int year, CancellationToken cancellationToken);
}
