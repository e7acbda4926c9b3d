using Lotse.Data;
using Lotse.Features.Finance.CostModel;

namespace Lotse.Features.Finance.Costs;

/// <summary>A state funding rule set (Förderrichtlinie) with its rows, seeded from reference/kiz-foerderregeln.csv.</summary>
public sealed class FundingRuleSet : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateOnly ValidFrom { get; set; }
    public List<FundingRule> Rules { get; set; } = [];
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>One row of a rule set: what is funded, how (fixed amount or full financing), up to which cap and count.</summary>
public sealed class FundingRule
{
    public Guid Id { get; set; }
    public Guid RuleSetId { get; set; }
    public int SortOrder { get; set; }
    public required string Subject { get; set; }
    public FundingRuleKind Kind { get; set; }
    public FundingMode Mode { get; set; }
    public decimal? Cap { get; set; }
    public int? MaxCount { get; set; }
    public decimal UnitShare { get; set; } = 1m;
    public string? Note { get; set; }
    public string? Source { get; set; }
}
