using System.Threading.Channels;
using Lotse.Data;
using Lotse.Features.Search.Facets;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Search.Indexing;

/// <summary>Writes offers from the database into the index: the full rebuild and the re-indexing of changed offers.</summary>
public sealed class OfferIndexer(SearchIndex index, SearchCatalog catalog, IServiceScopeFactory scopes, ILogger<OfferIndexer> log)
{
    private static readonly int IndexingThreads = Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <summary>Replaces the whole index with the published offers of the database; <paramref name="progress"/> hears the number indexed so far.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken, IProgress<int>? progress = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        // Read the sequence first: changes made while we read the offers are applied again afterwards.
        var sequence = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        await catalog.ReloadAsync(db, cancellationToken);

        index.OpenEmpty();
        var count = await IndexAsync(async batches =>
        {
            var batch = new List<IndexedOffer>(OfferIndexSource.BatchSize);
            await foreach (var offer in OfferStream.PublishedAsync(scopes, cancellationToken))
            {
                batch.Add(offer);
                if (batch.Count < OfferIndexSource.BatchSize)
                    continue;
                await batches.WriteAsync(batch, cancellationToken);
                batch = new List<IndexedOffer>(OfferIndexSource.BatchSize);
            }
            if (batch.Count > 0)
                await batches.WriteAsync(batch, cancellationToken);
        }, cancellationToken, progress);
        index.Commit(sequence);
        log.LogInformation("Search index rebuilt: {Count} offers in {Elapsed:F1} s, change-log sequence {Sequence}",
            count, TimeProvider.System.GetElapsedTime(started).TotalSeconds, sequence);
    }

    /// <summary>Re-indexes the offers touched by change-log entries (deleting those no longer published) and commits.</summary>
    public async Task ApplyAsync(IReadOnlyList<(string EntityType, Guid EntityId)> changes, long sequence, CancellationToken cancellationToken)
    {
        HashSet<Guid> affected;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            if (changes.Any(c => SearchCatalog.IsCatalogChange(c.EntityType)))
                await catalog.ReloadAsync(db, cancellationToken);
            affected = await OfferIndexSource.AffectedOffersAsync(db, changes, cancellationToken);
        }
        var ids = affected.ToList();
        index.Writer.DeleteDocuments(ids.Select(id => new Term(IndexFields.Id, id.ToString("D"))).ToArray());
        var count = await IndexAsync(async batches =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            foreach (var chunk in ids.Chunk(OfferIndexSource.BatchSize))
                await batches.WriteAsync(await OfferIndexSource.LoadPublishedAsync(db, chunk, cancellationToken), cancellationToken);
        }, cancellationToken);
        index.Commit(sequence);
        log.LogDebug("Search index: {Changes} changes up to sequence {Sequence}, {Count} offers re-indexed", changes.Count, sequence, count);
    }

    // Reading from the database and writing the index overlap: one task reads batches, others index them.
    private async Task<int> IndexAsync(Func<ChannelWriter<List<IndexedOffer>>, Task> read, CancellationToken cancellationToken, IProgress<int>? progress = null)
    {
        var batches = Channel.CreateBounded<List<IndexedOffer>>(new BoundedChannelOptions(4) { SingleReader = false, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                await read(batches.Writer);
                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.TryComplete(ex);
            }
        }, cancellationToken);

        // Analysis is most of the cost: two threads add documents (IndexWriter takes them concurrently).
        var writer = index.Writer;
        var snapshot = catalog.Current;
        var count = 0;
        var indexing = Enumerable.Range(0, IndexingThreads).Select(_ => Task.Run(async () =>
        {
            var builder = new OfferDocumentBuilder();
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var offer in batch)
                        writer.AddDocument(builder.Build(offer, snapshot));
                    // Counted apart from the report: with no listener, progress?.Report(...) skips its argument too.
                    var indexed = Interlocked.Add(ref count, batch.Count);
                    progress?.Report(indexed);
                }
            }
            catch (Exception ex)
            {
                batches.Writer.TryComplete(ex); // stops the reader instead of leaving it blocked
                throw;
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(indexing);
        await reading;
        return count;
    }
}
