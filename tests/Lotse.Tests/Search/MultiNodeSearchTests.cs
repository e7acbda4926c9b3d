using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lotse.Tests.Search.MultiNodeCluster;

namespace Lotse.Tests.Search;

/// <summary>
/// Several web nodes on one database, each following the change log into its own index: a change
/// saved through node A is found by a search on node B within 2 s (issue 3).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MultiNodeSearchTests(PostgresServer server)
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    [SkippableTheory]
    [InlineData(TestDatabase.Postgres)]
    [InlineData(TestDatabase.Sqlite)]
    public async Task An_offer_created_on_node_A_is_found_on_node_B_within_2_s(TestDatabase database)
    {
        await using var cluster = await StartAsync(server, database);
        var word = UniqueWord("Knotentreff");
        Assert.Equal(0, (await cluster.SearchAsync(cluster.B, word)).Total);

        var offer = await cluster.A.WithDbAsync(async db =>
        {
            var created = NewOffer(db, word);
            await db.SaveChangesAsync();
            return created;
        });

        var took = await cluster.SearchUntilAsync(cluster.B, word, r => r.Items.Any(i => i.Id == offer.Id), Promise, "new offer on B");
        Assert.True(took < Promise, $"took {took.TotalMilliseconds:F0} ms");
        // The writing node follows the same log.
        await cluster.SearchUntilAsync(cluster.A, word, r => r.Total == 1, Promise, "new offer on A");
    }

    [SkippableFact]
    public async Task A_renamed_offer_is_found_by_its_new_name_on_node_B_and_no_longer_by_its_old_one()
    {
        await using var cluster = await StartAsync(server, TestDatabase.Postgres);
        var (oldName, newName) = (UniqueWord("Altname"), UniqueWord("Neuname"));
        var offer = await cluster.A.WithDbAsync(async db =>
        {
            var created = NewOffer(db, oldName);
            await db.SaveChangesAsync();
            return created;
        });
        await cluster.SearchUntilAsync(cluster.B, oldName, r => r.Total == 1, Promise, "offer on B");

        await cluster.A.WithDbAsync(async db =>
        {
            (await db.Offers.SingleAsync(o => o.Id == offer.Id)).Name = newName;
            await db.SaveChangesAsync();
        });

        var took = await cluster.SearchUntilAsync(cluster.B, newName,
            r => r.Items.Any(i => i.Id == offer.Id && i.Name == newName), Promise, "new name on B");
        Assert.True(took < Promise, $"took {took.TotalMilliseconds:F0} ms");
        Assert.Equal(0, (await cluster.SearchAsync(cluster.B, oldName)).Total);
        Assert.Equal([newName], (await cluster.SearchAsync(cluster.B, null)).Items.Select(i => i.Name));
    }

    [SkippableFact]
    public async Task An_offer_unpublished_on_node_A_disappears_from_node_B()
    {
        await using var cluster = await StartAsync(server, TestDatabase.Postgres);
        var word = UniqueWord("Abschied");
        var (offer, other) = await cluster.A.WithDbAsync(async db =>
        {
            var created = (NewOffer(db, word), NewOffer(db, UniqueWord("Bleibt")));
            await db.SaveChangesAsync();
            return created;
        });
        await cluster.SearchUntilAsync(cluster.B, null, r => r.Total == 2, Promise, "both offers on B");

        await cluster.A.WithDbAsync(async db =>
        {
            (await db.Offers.SingleAsync(o => o.Id == offer.Id)).Status = OfferStatus.Archived;
            await db.SaveChangesAsync();
        });

        var took = await cluster.SearchUntilAsync(cluster.B, word, r => r.Total == 0, Promise, "unpublished offer gone from B");
        Assert.True(took < Promise, $"took {took.TotalMilliseconds:F0} ms");
        Assert.Equal([other.Id], (await cluster.SearchAsync(cluster.B, null)).Items.Select(i => i.Id));
    }
}
