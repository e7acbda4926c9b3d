namespace Lotse.Features.Finance.Levy;

/// <summary>A county share to distribute, named as its source names it (e.g. "KIZ 2013", 183 094 € in 2013).</summary>
public sealed record NamedAmount(string Key, string Name, int Year, decimal Amount);

/// <summary>
/// Where the levy page takes county shares from (e.g. the cost scenarios, P10). Implementations are registered as
/// scoped services; with none, the amount is entered directly on the page.
/// </summary>
public interface ICountyShareSource
{
    Task<IReadOnlyList<NamedAmount>> CountySharesAsync(CancellationToken cancellationToken);
}
