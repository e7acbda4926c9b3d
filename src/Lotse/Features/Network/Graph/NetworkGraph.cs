namespace Lotse.Features.Network.Graph;

/// <summary>An actor or a working group in the network view.</summary>
/// <param name="Group">The actor type code, or <see cref="NetworkGraph.WorkingGroupNode"/> for a working group.</param>
public sealed record GraphNode(Guid Id, string Label, string Group, string Href);

/// <summary>A relation (or a working-group membership) between two nodes; <paramref name="Id"/> links it to its table row.</summary>
public sealed record GraphEdge(Guid Id, Guid From, Guid To, string Kind, string Label);

public sealed record PlacedNode(GraphNode Node, double X, double Y);

/// <summary>The network view's graph with a deterministic layout, ready to draw as SVG.</summary>
public sealed record NetworkGraph(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<GraphEdge> Edges, double Width, double Height)
{
    public const string WorkingGroupNode = "arbeitskreis";
}
