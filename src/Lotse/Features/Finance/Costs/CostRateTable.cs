using Lotse.Data;

namespace Lotse.Features.Finance.Costs;

/// <summary>Annual rates valid from/to a date, with their source: per pay grade, per IT workstation, per office.</summary>
public sealed class CostRateTable : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Source { get; set; }
    public decimal? WorkstationRate { get; set; }
    public decimal? OfficeRate { get; set; }
    /// <summary>Invented for the demo; shown with a "Beispiel" badge.</summary>
    public bool IsExample { get; set; }
    public List<CostRate> Rates { get; set; } = [];
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The annual rate of one pay grade ("A 11", "TVöD E 6") in a rate table.</summary>
public sealed class CostRate
{
    public Guid Id { get; set; }
    public Guid RateTableId { get; set; }
    public int SortOrder { get; set; }
    public required string PayGrade { get; set; }
    public decimal AnnualRate { get; set; }
}
