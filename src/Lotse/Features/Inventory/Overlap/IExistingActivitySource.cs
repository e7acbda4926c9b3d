namespace Lotse.Features.Inventory.Overlap;

/// <summary>
/// One source of what already exists (the directory, the inventory survey, …). Each source registers itself
/// as a scoped service; the overlap analysis reads all registered sources.
/// </summary>
public interface IExistingActivitySource
{
    Task<IReadOnlyList<ExistingActivity>> LoadAsync(CancellationToken cancellationToken);
}
