using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Finance.Levy;

/// <summary>A municipality's levy base (Umlagegrundlage) for one year, in euro.</summary>
public sealed class LevyBase : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    public int Year { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Demo values that are not real levy bases; the page shows a "Beispielwerte" notice.</summary>
    public bool IsExample { get; set; }
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
