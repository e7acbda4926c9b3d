using Lotse.Features.Network.Graph;

namespace Lotse.Tests.Network;

public sealed class GraphLayoutTests
{
    private static List<GraphNode> Nodes(int count, int groups = 0) =>
        Enumerable.Range(0, count).Select(i => new GraphNode(Guid.Parse($"00000000-0000-0000-0000-{i:D12}"), $"Akteur {i:D2}", i % 2 == 0 ? "verein" : "kommune", $"/a/{i}"))
            .Concat(Enumerable.Range(0, groups).Select(i => new GraphNode(Guid.Parse($"10000000-0000-0000-0000-{i:D12}"), $"AK {i}", NetworkGraph.WorkingGroupNode, $"/g/{i}")))
            .ToList();

    [Theory]
    [InlineData(1, 0)]
    [InlineData(12, 1)]
    [InlineData(60, 3)]
    public void Every_node_gets_its_own_place_inside_the_picture(int actors, int groups)
    {
        var graph = GraphLayout.Compute(Nodes(actors, groups), []);

        Assert.Equal(actors + groups, graph.Nodes.Count);
        Assert.All(graph.Nodes, n => Assert.InRange(n.X, GraphLayout.Margin / 2, graph.Width - GraphLayout.Margin / 2));
        Assert.All(graph.Nodes, n => Assert.InRange(n.Y, GraphLayout.Margin / 2, graph.Height - GraphLayout.Margin / 2));
        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
    }

    [Fact]
    public void The_same_network_in_any_order_gives_the_same_picture()
    {
        var nodes = Nodes(20, 2);
        var edges = new[] { new GraphEdge(Guid.NewGuid(), nodes[0].Id, nodes[5].Id, "kooperation", "Kooperation") };
        var first = GraphLayout.Compute(nodes, edges);
        var shuffled = GraphLayout.Compute(nodes.AsEnumerable().Reverse(), edges);

        Assert.Equal(first.Nodes.Select(n => (n.Node.Id, n.X, n.Y)), shuffled.Nodes.Select(n => (n.Node.Id, n.X, n.Y)));
        Assert.Equal(first.Width, shuffled.Width);
    }

    [Fact]
    public void Lines_to_unknown_nodes_and_to_themselves_are_left_out()
    {
        var nodes = Nodes(3);
        var graph = GraphLayout.Compute(nodes,
        [
            new GraphEdge(Guid.NewGuid(), nodes[0].Id, nodes[1].Id, "kooperation", "Kooperation"),
            new GraphEdge(Guid.NewGuid(), nodes[0].Id, Guid.NewGuid(), "kooperation", "Kooperation"),
            new GraphEdge(Guid.NewGuid(), nodes[2].Id, nodes[2].Id, "kooperation", "Kooperation"),
        ]);

        Assert.Single(graph.Edges);
    }

    [Fact]
    public void Actors_of_one_type_sit_next_to_each_other()
    {
        var graph = GraphLayout.Compute(Nodes(10), []);

        var groups = graph.Nodes.Select(n => n.Node.Group).ToList();
        Assert.Equal(groups.OrderBy(g => g, StringComparer.Ordinal), groups);
    }
}
