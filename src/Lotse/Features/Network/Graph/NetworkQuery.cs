using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Network.Relations;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Network.Graph;

/// <summary>
/// Who cooperates with whom: the relations and working-group memberships touching at least one actor that
/// matches the filter, with both ends. The graph and the table are made from the same rows.
/// </summary>
public static class NetworkQuery
{
    public sealed record Actor(Guid Id, string Name, string? ActorType, string? Municipality, bool IsExample);
    public sealed record Relation(Guid Id, Guid FromId, Guid ToId, string Kind, DateOnly? Since, string? Note, bool IsExample);
    public sealed record Membership(Guid Id, Guid GroupId, string GroupName, Guid OrganizationId, string? Role);

    public sealed record Result(IReadOnlyList<Actor> Actors, IReadOnlyList<Relation> Relations, IReadOnlyList<Membership> Memberships,
        IReadOnlyDictionary<Guid, string> Groups, int MatchingWithoutRelations)
    {
        public Actor ActorOf(Guid id) => Actors.First(a => a.Id == id);
    }

    public static async Task<Result> LoadAsync(LotseDbContext db, NetworkFilter filter, CancellationToken cancellationToken)
    {
        var organizations = db.Organizations.AsQueryable();
        if (filter.ActorType is { } type)
            organizations = organizations.Where(o => o.ActorType == type);
        if (filter.MunicipalityId is { } municipality)
            organizations = organizations.Where(o => o.MunicipalityId == municipality);
        var groups = db.WorkingGroups.AsQueryable();
        if (filter.TopicTermId is { } topic)
        {
            // An actor works on a topic through its offers or through a working group on it.
            organizations = organizations.Where(o => o.Offers.Any(x => x.Terms.Any(t => t.Id == topic))
                || db.WorkingGroupMembers.Any(m => m.OrganizationId == o.Id && m.WorkingGroup.Topics.Any(t => t.Id == topic)));
            groups = groups.Where(g => g.Topics.Any(t => t.Id == topic));
        }
        var matching = await organizations.Select(o => o.Id).ToListAsync(cancellationToken);
        var matchingSet = matching.ToHashSet();

        var relations = (await db.ActorRelations.AsNoTracking()
                .Select(r => new Relation(r.Id, r.FromOrganizationId, r.ToOrganizationId, r.Kind, r.Since, r.Note, r.IsExample))
                .ToListAsync(cancellationToken))
            .Where(r => matchingSet.Contains(r.FromId) || matchingSet.Contains(r.ToId))
            .ToList();
        var groupIds = await groups.Select(g => g.Id).ToListAsync(cancellationToken);
        var topicGroups = filter.TopicTermId is null ? [] : groupIds.ToHashSet();
        var memberships = (await db.WorkingGroupMembers.AsNoTracking()
                .Select(m => new Membership(m.Id, m.WorkingGroupId, m.WorkingGroup.Name, m.OrganizationId, m.Role))
                .ToListAsync(cancellationToken))
            .Where(m => matchingSet.Contains(m.OrganizationId) || topicGroups.Contains(m.GroupId))
            .ToList();

        var shown = relations.SelectMany(r => new[] { r.FromId, r.ToId }).Concat(memberships.Select(m => m.OrganizationId)).ToHashSet();
        var actors = await db.Organizations.AsNoTracking().Where(o => shown.Contains(o.Id))
            .Select(o => new Actor(o.Id, o.Name, o.ActorType, o.Municipality != null ? o.Municipality.Name : null, o.IsExample))
            .ToListAsync(cancellationToken);
        actors = actors.OrderBy(a => a.Name, StringComparer.CurrentCulture).ThenBy(a => a.Id).ToList();
        var groupNames = memberships.GroupBy(m => m.GroupId).ToDictionary(g => g.Key, g => g.First().GroupName);
        return new Result(actors, relations, memberships, groupNames, matching.Count(id => !shown.Contains(id)));
    }

    /// <summary>The graph of a result: actors and working groups as nodes, relations and memberships as edges.</summary>
    public static NetworkGraph Graph(Result result, Func<string, string> relationLabel, string membershipLabel)
    {
        var nodes = result.Actors.Select(a => new GraphNode(a.Id, a.Name, a.ActorType ?? "", $"/intern/netzwerk/akteure/{a.Id}"))
            .Concat(result.Groups.Select(g => new GraphNode(g.Key, g.Value, NetworkGraph.WorkingGroupNode, $"/intern/netzwerk/arbeitskreise/{g.Key}")));
        var edges = result.Relations.Select(r => new GraphEdge(r.Id, r.FromId, r.ToId, r.Kind, relationLabel(r.Kind)))
            .Concat(result.Memberships.Select(m => new GraphEdge(m.Id, m.OrganizationId, m.GroupId, NetworkGraph.WorkingGroupNode, membershipLabel)));
        return GraphLayout.Compute(nodes, edges);
    }
}
