namespace Lotse.Features.Network.Graph;

/// <summary>
/// Places the nodes on a circle, ordered by group, then label, then id: the same data gives the same picture
/// on every node and in every test, and actors of one type sit together. Working groups, which connect many
/// actors, go to an inner circle so that their membership lines run inwards instead of across the picture.
/// </summary>
public static class GraphLayout
{
    public const double Margin = 170;   // room for labels outside the circle
    public const double MinSpacing = 34; // arc length per node on the outer circle

    public static NetworkGraph Compute(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        var all = nodes.DistinctBy(n => n.Id).ToList();
        var ids = all.Select(n => n.Id).ToHashSet();
        var drawn = edges.Where(e => ids.Contains(e.From) && ids.Contains(e.To) && e.From != e.To)
            .OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();
        var outer = Order(all.Where(n => n.Group != NetworkGraph.WorkingGroupNode));
        var inner = Order(all.Where(n => n.Group == NetworkGraph.WorkingGroupNode));

        var radius = Math.Max(160, outer.Count * MinSpacing / (2 * Math.PI));
        var size = 2 * (radius + Margin);
        var centre = size / 2;
        var placed = new List<PlacedNode>();
        placed.AddRange(Circle(outer, centre, radius, 0));
        // A single working group sits in the centre; several share a small circle.
        placed.AddRange(inner.Count == 1 ? [new PlacedNode(inner[0], centre, centre)] : Circle(inner, centre, radius * 0.35, Math.PI / 7));
        return new NetworkGraph(placed, drawn, size, size);
    }

    private static List<GraphNode> Order(IEnumerable<GraphNode> nodes) =>
        nodes.OrderBy(n => n.Group, StringComparer.Ordinal).ThenBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id).ToList();

    private static IEnumerable<PlacedNode> Circle(IReadOnlyList<GraphNode> nodes, double centre, double radius, double offset)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            // Start at the top, clockwise.
            var angle = offset - Math.PI / 2 + 2 * Math.PI * i / nodes.Count;
            yield return new PlacedNode(nodes[i], Math.Round(centre + radius * Math.Cos(angle), 1), Math.Round(centre + radius * Math.Sin(angle), 1));
        }
    }
}
