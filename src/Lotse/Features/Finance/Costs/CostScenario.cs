using Lotse.Data;

namespace Lotse.Features.Finance.Costs;

/// <summary>A cost scenario (e.g. "KIZ 2013"): the input of a cost statement. Published ones are in the JSON API.</summary>
public sealed class CostScenario : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Rates are taken from the rate table valid on this date.</summary>
    public DateOnly Date { get; set; }
    public Guid? FundingRuleSetId { get; set; }
    public FundingRuleSet? FundingRuleSet { get; set; }
    public decimal OverheadShare { get; set; }
    public int Workstations { get; set; }
    public int Offices { get; set; }
    public decimal? ProjectFunds { get; set; }
    public string? ProjectFundsSource { get; set; }
    /// <summary>The personnel cost as a source gives it, when it does not price the positions one by one.</summary>
    public decimal? PersonnelTotal { get; set; }
    public string? PersonnelTotalSource { get; set; }
    public bool IsPublished { get; set; }
    public bool IsExample { get; set; }
    public List<CostScenarioLine> Lines { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>A position (pay grade or label, share) or another cost line (label, amount, source) of a scenario.</summary>
public sealed class CostScenarioLine
{
    public Guid Id { get; set; }
    public Guid ScenarioId { get; set; }
    public int SortOrder { get; set; }
    public CostScenarioLineKind Kind { get; set; }
    public required string Label { get; set; }
    /// <summary>Share of a position; 1 for other lines.</summary>
    public decimal Share { get; set; } = 1m;
    /// <summary>Entered directly; for positions instead of the rate table.</summary>
    public decimal? Amount { get; set; }
    public string? Source { get; set; }
    public string? FundingSubject { get; set; }
}

public enum CostScenarioLineKind
{
    Position,
    Other,
}
