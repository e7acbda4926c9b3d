namespace Lotse.Features.Editorial.Freshness;

/// <summary>One counts table of the dashboard; <paramref name="NoName"/> labels the group without id (county-wide offers).</summary>
public sealed record CountsTableModel(IReadOnlyList<FreshnessCounts> Rows, string GroupHeading, string NoName, string Id);
