using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.Tests.Search.MultiNodeCluster;

namespace Lotse.Tests.Search;

/// <summary>
/// PostgreSQL hands out change-log sequences when a row is inserted, not when its transaction
/// commits: with writers on several nodes a lower sequence can become visible after a higher one.
/// No node may skip it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MultiNodeConcurrentWriterTests(PostgresServer server)
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(2);

    [SkippableFact]
    public async Task A_transaction_that_commits_after_a_later_one_is_not_skipped()
    {
        await using var cluster = await StartAsync(server, TestDatabase.Postgres);
        var (lateWord, earlyWord) = (UniqueWord("Spaetzuender"), UniqueWord("Fruehstarter"));

        await using var lateScope = cluster.A.Services.CreateAsyncScope();
        var lateDb = lateScope.ServiceProvider.GetRequiredService<LotseDbContext>();
        await using var late = await lateDb.Database.BeginTransactionAsync();
        var lateOffer = NewOffer(lateDb, lateWord);
        await lateDb.SaveChangesAsync();

        var earlyOffer = await cluster.B.WithDbAsync(async db =>
        {
            var created = NewOffer(db, earlyWord);
            await db.SaveChangesAsync();
            return created;
        });
        foreach (var node in cluster.Nodes)
            await cluster.SearchUntilAsync(node, earlyWord, r => r.Total == 1, Promise, "early offer");
        // A few more polls of both followers pass over the hole the open transaction leaves.
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.True(await SequenceOfAsync(cluster.B, lateOffer.Id) is null, "the late transaction is still open");
        Assert.True(Sequences(lateDb).Max() < await SequenceOfAsync(cluster.B, earlyOffer.Id), "the open transaction holds the lower sequence");

        await late.CommitAsync();

        foreach (var node in cluster.Nodes)
        {
            var took = await cluster.SearchUntilAsync(node, lateWord, r => r.Items.Any(i => i.Id == lateOffer.Id), Promise, "late offer");
            Assert.True(took < Promise, $"took {took.TotalMilliseconds:F0} ms");
        }
    }

    [SkippableFact]
    public async Task A_node_that_builds_its_index_while_a_transaction_is_open_still_picks_it_up()
    {
        using var first = server.CreateApp(TestDatabase.Postgres, demoData: false);
        var lateWord = UniqueWord("Nachzuegler");

        await using var lateScope = first.Services.CreateAsyncScope();
        var lateDb = lateScope.ServiceProvider.GetRequiredService<LotseDbContext>();
        await using var late = await lateDb.Database.BeginTransactionAsync();
        var lateOffer = NewOffer(lateDb, lateWord);
        await lateDb.SaveChangesAsync();
        await first.WithDbAsync(async db =>
        {
            NewOffer(db, UniqueWord("Vorlaeufer"));
            await db.SaveChangesAsync();
        });

        // The new node's first build reads the change log while the lower sequence is still invisible.
        await using var cluster = await StartAsync(server, first);
        await late.CommitAsync();

        var took = await cluster.SearchUntilAsync(cluster.B, lateWord, r => r.Items.Any(i => i.Id == lateOffer.Id), Promise, "late offer on the new node");
        Assert.True(took < Promise, $"took {took.TotalMilliseconds:F0} ms");
    }

    [SkippableFact]
    public async Task Writers_on_both_nodes_in_overlapping_transactions_leave_both_indexes_equal_to_the_database()
    {
        const int rounds = 12;
        await using var cluster = await StartAsync(server, TestDatabase.Postgres);
        var saved = NewSignals<long>(rounds);
        var committed = NewSignals<bool>(rounds);

        // Each round both nodes insert in their own transaction before either commits. In even rounds
        // the lower sequence commits last (sometimes after several polls of the followers), in odd
        // rounds in order.
        async Task WriteAsync(int me, LotseAppFactory node)
        {
            var other = 1 - me;
            for (var round = 0; round < rounds; round++)
            {
                await using var scope = node.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                NewOffer(db, UniqueWord("Runde"), (round + me) % 4 == 3 ? OfferStatus.Draft : OfferStatus.Published);
                await db.SaveChangesAsync();
                var mine = Sequences(db).Min();
                saved[me][round].SetResult(mine);
                var theirs = await saved[other][round].Task;
                var lowerLast = round % 2 == 0;
                if (lowerLast == (mine < theirs))
                {
                    await committed[other][round].Task;
                    if (round % 4 == 0)
                        await Task.Delay(TimeSpan.FromMilliseconds(400));
                }
                await transaction.CommitAsync();
                committed[me][round].SetResult(true);
            }
        }

        await Task.WhenAll(Task.Run(() => WriteAsync(0, cluster.A)), Task.Run(() => WriteAsync(1, cluster.B)));

        var published = await cluster.A.WithDbAsync(db =>
            db.Offers.Where(o => o.Status == OfferStatus.Published).Select(o => o.Id).ToListAsync());
        Assert.Equal(rounds * 2 * 3 / 4, published.Count);
        foreach (var node in cluster.Nodes)
        {
            await cluster.SearchUntilAsync(node, null,
                r => r.Total == published.Count && r.Items.Select(i => i.Id).Order().SequenceEqual(published.Order()),
                TimeSpan.FromSeconds(5), "all published offers");
        }
    }

    private static TaskCompletionSource<T>[][] NewSignals<T>(int rounds) =>
    [
        .. Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, rounds)
            .Select(_ => new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray()),
    ];

    /// <summary>The change-log sequences a save of this context was given (known before it commits).</summary>
    private static IEnumerable<long> Sequences(LotseDbContext db) =>
        db.ChangeTracker.Entries<ChangeLogEntry>().Select(e => e.Entity.Sequence);

    private static Task<long?> SequenceOfAsync(LotseAppFactory node, Guid offer) =>
        node.WithDbAsync(db => db.ChangeLog.Where(c => c.EntityId == offer).MaxAsync(c => (long?)c.Sequence));
}
