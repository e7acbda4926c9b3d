using Lotse.Features.Network.Relations;
using Lotse.Features.Network.WorkingGroups;
using Lotse.Tests.Editorial.Directory;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Network;

/// <summary>Network entries written straight to the test app's database, and the access matrix's samples of the network's {id} pages.</summary>
public static class NetworkTestData
{
    public static Task<Guid> CreateRelationAsync(LotseAppFactory factory, Guid from, Guid to, string kind = RelationKinds.Cooperation) =>
        DirectoryTestData.WithDbAsync(factory, async db =>
        {
            var relation = new ActorRelation { Id = Guid.NewGuid(), FromOrganizationId = from, ToOrganizationId = to, Kind = kind };
            db.ActorRelations.Add(relation);
            await db.SaveChangesAsync();
            return relation.Id;
        });

    /// <summary>A working group with the given actors as members, one meeting and one action item (due <paramref name="due"/>).</summary>
    public static Task<(Guid Group, Guid Meeting, Guid Item)> CreateGroupAsync(LotseAppFactory factory, string name, Guid[] members, DateOnly? due = null) =>
        DirectoryTestData.WithDbAsync(factory, async db =>
        {
            var group = new WorkingGroup { Id = Guid.NewGuid(), Name = name, Kind = WorkingGroupKinds.RoundTable };
            foreach (var member in members)
                group.Members.Add(new WorkingGroupMember { Id = Guid.NewGuid(), OrganizationId = member });
            var meeting = new Meeting { Id = Guid.NewGuid(), WorkingGroup = group, Date = new DateOnly(2026, 3, 4) };
            var item = new ActionItem { Id = Guid.NewGuid(), WorkingGroup = group, Text = "Einladung verschicken", DueOn = due };
            db.WorkingGroups.Add(group);
            db.Meetings.Add(meeting);
            db.ActionItems.Add(item);
            await db.SaveChangesAsync();
            return (group.Id, meeting.Id, item.Id);
        });

    // The workbench has no scope: every reader sees every entry, so there is no "outside" sample.
    public static async Task<ScopedSamples> RelationAsync(LotseAppFactory factory, string? role)
    {
        var (a, b) = await ActorsAsync(factory);
        return new ScopedSamples($"/intern/netzwerk/beziehungen/{await CreateRelationAsync(factory, a, b)}", null);
    }

    public static async Task<ScopedSamples> ActorAsync(LotseAppFactory factory, string? role, string format) =>
        new(string.Format(format, (await ActorsAsync(factory)).A), null);

    public static async Task<ScopedSamples> GroupAsync(LotseAppFactory factory, string? role, string format)
    {
        var (a, b) = await ActorsAsync(factory);
        var (group, meeting, item) = await CreateGroupAsync(factory, "Runder Tisch Matrix", [a, b]);
        return new ScopedSamples(string.Format(format, group, meeting, item), null);
    }

    private static async Task<(Guid A, Guid B)> ActorsAsync(LotseAppFactory factory) =>
        (await DirectoryTestData.CreateOrganizationAsync(factory, "Netzwerk Troisdorf", "Troisdorf"),
         await DirectoryTestData.CreateOrganizationAsync(factory, "Netzwerk Siegburg", "Siegburg"));
}
