namespace Lotse.Features.Finance.CostModel;

/// <summary>A funding rule set (e.g. "KIZ-Richtlinie 2012"): its rows, in the order of the source.</summary>
public sealed record FundingRules(string Name, DateOnly ValidFrom, IReadOnlyList<FundingRuleRow> Rows);

/// <param name="Subject">What is funded ("Stelle Verwaltung"); lines name it as their funding subject.</param>
/// <param name="Cap">Highest amount per year and unit (Höchstbetrag); for <see cref="FundingRuleKind.TotalCap"/> the cap of all funding.</param>
/// <param name="MaxCount">How many units are funded at most; null: no limit.</param>
/// <param name="UnitShare">Share of a position one unit is (0.5 for "1/2 Stelle …").</param>
public sealed record FundingRuleRow(
    string Subject,
    FundingRuleKind Kind,
    FundingMode Mode,
    decimal? Cap,
    int? MaxCount,
    decimal UnitShare = 1m,
    string? Note = null,
    string? Source = null);

public enum FundingRuleKind
{
    /// <summary>Positions (or parts) of the subject are funded per unit.</summary>
    Position,
    /// <summary>A lump for other lines (e.g. a pool of lay interpreters), per line.</summary>
    Lump,
    /// <summary>The cap of the whole state funding.</summary>
    TotalCap,
    /// <summary>Stated by the rule set without money for the county (e.g. teachers seconded by the state).</summary>
    NoCost,
}

public enum FundingMode
{
    /// <summary>Festbetrag: the cap per unit, however much the unit costs (never more than it costs).</summary>
    FixedAmount,
    /// <summary>Vollfinanzierung: the eligible cost, up to the cap per unit.</summary>
    FullFinancing,
}
