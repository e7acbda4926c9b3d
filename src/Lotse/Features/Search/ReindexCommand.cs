using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Operations.Commands;
using Lotse.Features.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Search;

/// <summary>
/// <c>reindex</c>: rebuilds the search index from the database. Run it while the web application is
/// stopped: a running instance holds the index's write lock, and the command then refuses instead of
/// deleting the index under it.
/// </summary>
public static class ReindexCommand
{
    public const string Name = "reindex";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CommandConsole console)
    {
        if (args.Length != 0)
        {
            await console.Error.WriteLineAsync("Aufruf: reindex  (ohne weitere Angaben; baut den Suchindex aus der Datenbank neu auf)");
            return 2;
        }
        var index = services.GetRequiredService<SearchIndex>();
        // In a command process the index is not open yet: another process may hold it.
        if (!index.IsReady && IsLockedElsewhere(index.Path))
        {
            await console.Error.WriteLineAsync($"Fehler: Der Suchindex in „{index.Path}“ wird von einer laufenden Lotse-Instanz benutzt. Beenden Sie die Anwendung und rufen Sie reindex dann noch einmal auf. Es wurde nichts geändert.");
            return 1;
        }

        var total = await services.GetRequiredService<LotseDbContext>().Offers.CountAsync(o => o.Status == OfferStatus.Published);
        try
        {
            await CommandProgress.RunAsync(console, "Suchindex neu aufbauen", total, async report =>
            {
                await services.GetRequiredService<OfferIndexer>().RebuildAsync(CancellationToken.None, new Reporter(done => report(done, null)));
                return total;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LockObtainFailedException)
        {
            await console.Error.WriteLineAsync($"Fehler: Der Suchindex in „{index.Path}“ konnte nicht geschrieben werden ({ex.Message}).");
            return 1;
        }
        await console.Out.WriteLineAsync($"Suchindex neu aufgebaut: {total} veröffentlichte Angebote.");
        return 0;
    }

    /// <summary>True when a running Lotse instance holds the index folder's write lock.</summary>
    internal static bool IsLockedElsewhere(string path)
    {
        if (!System.IO.Directory.Exists(path))
            return false;
        using var directory = FSDirectory.Open(path);
        using var probe = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!probe.Obtain())
            return true;
        probe.Dispose();
        return false;
    }

    /// <summary>Reports on the indexing threads themselves (no synchronisation context to post to).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
