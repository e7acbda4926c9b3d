using Lotse.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Search.Indexing;

/// <summary>
/// Brings the index up at start (open it, or rebuild it from the database when it is missing,
/// corrupt, of an older schema or ahead of the database) and then follows the change log.
/// Every web node runs its own follower on its own index, so nodes sharing one database stay
/// consistent without talking to each other.
/// </summary>
public sealed class IndexFollower(
    SearchIndex index,
    OfferIndexer indexer,
    Facets.SearchCatalog catalog,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    ILogger<IndexFollower> log) : BackgroundService
{
    private const int MaxEntriesPerPoll = 5000;
    private const int MaxGapWidth = 100;

    // A sequence number missing from what we read may belong to a transaction that has not
    // committed yet (PostgreSQL hands out sequence values before commit): we look for it again
    // for a while, and never record a sequence beyond the oldest such gap.
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);
    private readonly SortedDictionary<long, DateTime> _gaps = new();
    private long _lastSeen;
    private Task<string?>? _verification;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!index.IsReady && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await OpenOrRebuildAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(ex, "Search index could not be opened or built; trying again");
                await Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Delay(options.Value.PollInterval, stoppingToken);
            try
            {
                await RebuildIfCorruptAsync(stoppingToken);
                if (!await RebuildIfDamagedAsync(stoppingToken))
                    continue;   // a rebuild is due: applying changes to a half-built index would commit it
                while (await ApplyChangesAsync(stoppingToken))
                {
                }
                index.Problem = null;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(ex, "Search index could not apply the change log; trying again");
                if (IsIndexFault(ex))
                {
                    // Whatever broke the writer (a full disk, files taken away), the database is the truth.
                    index.Problem = "Suchindex kann Änderungen gerade nicht übernehmen";
                    _damage = ($"writing the index failed ({ex.GetType().Name}: {ex.Message})", false);
                }
            }
        }
    }

    // Not a database fault (those heal when the database is back) but the index's files or writer.
    private static bool IsIndexFault(Exception exception)
    {
        var chain = new List<Exception>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
            chain.Add(e);
        if (chain.Any(e => e is System.Data.Common.DbException))
            return false;
        return chain.Any(e => e is IOException or UnauthorizedAccessException or ObjectDisposedException
            || e.GetType().Namespace?.StartsWith("Lucene.Net", StringComparison.Ordinal) == true);
    }

    private (string Problem, bool ChangedInPlace)? _damage;
    private DateTime _nextRebuildAttempt;
    private static readonly TimeSpan RebuildRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The index folder deleted or its files changed while running, a writer that failed, or a search that
    /// failed reading: rebuild from the database. Files only taken away are still open, so searches keep
    /// answering from them meanwhile; files changed in place are not trusted, searches wait for the rebuild.
    /// </summary>
    private async Task<bool> RebuildIfDamagedAsync(CancellationToken cancellationToken)
    {
        _damage ??= index.FindDamageOnDisk();
        if (_damage is null && index.TakeSearchFailure() && _verification is null)
            _verification = Task.Run(index.FindCorruption, cancellationToken);
        if (_damage is not { } damage)
            return true;
        if (DateTime.UtcNow < _nextRebuildAttempt)
            return false;
        log.LogWarning("Search index damaged while running ({Problem}); rebuilding it from the database", damage.Problem);
        index.RebuildReason = damage.Problem;
        if (damage.ChangedInPlace)
            index.MarkUnready();
        index.ServePreviousDuringRebuild = !damage.ChangedInPlace;
        try
        {
            await RebuildAsync(damage.Problem, cancellationToken);
            _damage = null;
            index.Problem = null;
            log.LogInformation("Search index rebuilt after damage while running");
            return true;
        }
        catch
        {
            _nextRebuildAttempt = DateTime.UtcNow + RebuildRetryDelay;
            index.Problem = "Suchindex kann gerade nicht neu aufgebaut werden";
            throw;
        }
        finally
        {
            index.ServePreviousDuringRebuild = false;
            if (_damage is null)
                index.RebuildReason = null;
        }
    }

    private async Task OpenOrRebuildAsync(CancellationToken cancellationToken)
    {
        long databaseSequence;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            databaseSequence = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
            await catalog.ReloadAsync(db, cancellationToken);
        }

        var reason = index.TryOpenExisting();
        if (reason is null && index.AppliedSequence > databaseSequence)
            reason = $"index at change-log sequence {index.AppliedSequence}, database only at {databaseSequence}";
        if (reason is not null)
        {
            await RebuildAsync(reason, cancellationToken);
            index.MarkVerified();
            return;
        }
        log.LogInformation("Search index opened at change-log sequence {Sequence}", index.AppliedSequence);
        await CatchUpAndServeAsync(cancellationToken);
        // Checksums of every file read the whole index: the search answers meanwhile, and a
        // corrupt file found later makes the follower rebuild (RebuildIfCorruptAsync).
        _verification = Task.Run(index.FindCorruption, cancellationToken);
    }

    private async Task RebuildAsync(string reason, CancellationToken cancellationToken)
    {
        log.LogInformation("Rebuilding the search index: {Reason}", reason);
        await indexer.RebuildAsync(cancellationToken);
        await CatchUpAndServeAsync(cancellationToken);
    }

    private async Task CatchUpAndServeAsync(CancellationToken cancellationToken)
    {
        _lastSeen = index.AppliedSequence;
        await LookForHolesBelowAsync(_lastSeen, cancellationToken);
        // Catch up before answering: what the database holds now is what a search should see.
        while (await ApplyChangesAsync(cancellationToken))
        {
        }
        index.MarkReady();
    }

    /// <summary>
    /// A build reads the highest committed sequence, but a transaction still open on another node
    /// may hold a lower one that the build did not see: the holes just below are looked for like gaps.
    /// The index records the build's sequence anyway; a restart looks for the same holes again.
    /// </summary>
    private async Task LookForHolesBelowAsync(long sequence, CancellationToken cancellationToken)
    {
        var from = Math.Max(0, sequence - MaxGapWidth);
        List<long> present;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            present = await db.ChangeLog.AsNoTracking()
                .Where(c => c.Sequence > from && c.Sequence <= sequence)
                .Select(c => c.Sequence)
                .ToListAsync(cancellationToken);
        }
        var now = DateTime.UtcNow;
        foreach (var missing in Enumerable.Range(1, (int)(sequence - from)).Select(i => from + i).Except(present))
            _gaps[missing] = now;
    }

    private async Task RebuildIfCorruptAsync(CancellationToken cancellationToken)
    {
        if (_verification is not { IsCompleted: true } verification)
            return;
        _verification = null;
        var problem = await verification;
        if (problem is not null)
        {
            log.LogWarning("Search index is corrupt ({Problem}); searches wait for the rebuild", problem);
            index.MarkUnready();
            try
            {
                await RebuildAsync($"corrupt index ({problem})", cancellationToken);
            }
            catch
            {
                _verification = verification; // tried again at the next poll
                throw;
            }
        }
        index.MarkVerified();
    }

    /// <summary>Applies the next entries of the change log; true when there may be more.</summary>
    private async Task<bool> ApplyChangesAsync(CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        foreach (var expired in _gaps.Where(g => now - g.Value > GapPatience).Select(g => g.Key).ToList())
            _gaps.Remove(expired);

        List<(long Sequence, string EntityType, Guid EntityId)> entries;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var gaps = _gaps.Keys.ToList();
            var rows = await db.ChangeLog.AsNoTracking()
                .Where(c => c.Sequence > _lastSeen || gaps.Contains(c.Sequence))
                .OrderBy(c => c.Sequence)
                .Take(MaxEntriesPerPoll)
                .Select(c => new { c.Sequence, c.EntityType, c.EntityId })
                .ToListAsync(cancellationToken);
            entries = rows.Select(r => (r.Sequence, r.EntityType, r.EntityId)).ToList();
        }
        if (entries.Count == 0)
            return false;

        foreach (var entry in entries)
        {
            _gaps.Remove(entry.Sequence);
            if (entry.Sequence <= _lastSeen)
                continue;
            // A wide jump is rows removed on purpose (or a restore), not transactions in flight.
            if (entry.Sequence - _lastSeen <= MaxGapWidth)
            {
                for (var missing = _lastSeen + 1; missing < entry.Sequence; missing++)
                    _gaps[missing] = now;
            }
            _lastSeen = entry.Sequence;
        }
        var safe = _gaps.Count > 0 ? Math.Min(_gaps.Keys.First() - 1, _lastSeen) : _lastSeen;
        await indexer.ApplyAsync(entries.Select(e => (e.EntityType, e.EntityId)).ToList(), Math.Max(safe, index.AppliedSequence), cancellationToken);
        return entries.Count == MaxEntriesPerPoll;
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
