using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Search.Indexing;

/// <summary>
/// The index on disk in <c>&lt;DataDirectory&gt;/index</c>: the process's single IndexWriter and the
/// SearcherManager that hands out lock-free searchers, refreshed after each commit. Every commit
/// records the schema version and the last applied change-log sequence. Written only by
/// <see cref="IndexFollower"/>; <see cref="WhenReady"/> completes after the first open or build.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Raise when the documents' fields or the analysis change: older indexes are then rebuilt.</summary>
    public const int SchemaVersion = 3;

    internal const string SchemaKey = "lotse.schema";
    internal const string SequenceKey = "lotse.sequence";

    private readonly GermanSearchAnalyzer _analyzer;
    private readonly SearcherFactory _searcherFactory;
    private readonly TaskCompletionSource _verified = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _appliedSequence;

    public SearchIndex(IOptions<LotseOptions> options, GermanSearchAnalyzer analyzer, SegmentFacetCache facetCache, SearchCatalog catalog)
    {
        _analyzer = analyzer;
        _searcherFactory = new WarmingSearcherFactory(facetCache, catalog);
        Path = System.IO.Path.Combine(options.Value.ResolvedDataDirectory, "index");
    }

    public string Path { get; }

    /// <summary>Completes once the index can answer searches.</summary>
    public Task WhenReady => _ready.Task;

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>
    /// Completes once the checksums of an index opened from disk were verified in the background
    /// (and, if they failed, once the index was rebuilt); at once after a rebuild.
    /// </summary>
    public Task WhenVerified => _verified.Task;

    /// <summary>The change-log sequence the index reflects.</summary>
    public long AppliedSequence { get => Interlocked.Read(ref _appliedSequence); private set => Interlocked.Exchange(ref _appliedSequence, value); }

    internal IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is not open.");

    /// <summary>
    /// Opens the index on disk for appending. Returns null when it can be used as it is, else why it
    /// must be rebuilt (missing, unreadable or corrupt, other schema version).
    /// </summary>
    internal string? TryOpenExisting()
    {
        System.IO.Directory.CreateDirectory(Path);
        var directory = FSDirectory.Open(Path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                return Fail("no index on disk");
            // The last commit's data alone (segments_N): opening readers here would read the index twice.
            var commit = new SegmentInfos();
            commit.Read(directory);
            var data = commit.UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion.ToString())
                return Fail($"schema version {(schema ?? "none")} instead of {SchemaVersion}");
            if (!data.TryGetValue(SequenceKey, out var applied) || !long.TryParse(applied, out var sequence))
                return Fail("no change-log sequence recorded");
            // Opening the searcher reads every segment's headers: unreadable files fail here.
            Open(directory, OpenMode.APPEND);
            AppliedSequence = sequence;
            return null;
        }
        catch (LockObtainFailedException)
        {
            // Another process writes this index: never delete it under its feet.
            directory.Dispose();
            throw;
        }
        catch (Exception ex)
        {
            // CorruptIndexException, the index-format exceptions, missing files, and whatever else
            // garbage bytes make the readers throw: the database is the truth, so rebuild.
            return Fail($"unreadable index ({ex.GetType().Name}: {ex.Message})");
        }

        string Fail(string reason)
        {
            // A writer opened on a broken index is dropped without committing anything.
            try
            {
                _searchers?.Dispose();
                _writer?.Rollback();
            }
            catch (Exception)
            {
                // The index is discarded anyway.
            }
            _searchers = null;
            _writer = null;
            _directory = null;
            directory.Dispose();
            return reason;
        }
    }

    /// <summary>Deletes whatever is on disk and opens an empty index, to be filled and then committed.</summary>
    internal void OpenEmpty()
    {
        CloseWriter();
        if (System.IO.Directory.Exists(Path))
            System.IO.Directory.Delete(Path, recursive: true);
        System.IO.Directory.CreateDirectory(Path);
        Open(FSDirectory.Open(Path), OpenMode.CREATE);
        AppliedSequence = 0;
    }

    /// <summary>Commits the pending changes as reflecting <paramref name="sequence"/> and shows them to new searches.</summary>
    internal void Commit(long sequence)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion.ToString(),
            [SequenceKey] = sequence.ToString(),
        });
        Writer.Commit();
        _searchers!.MaybeRefreshBlocking();
        AppliedSequence = sequence;
    }

    internal void MarkReady() => _ready.TrySetResult();

    /// <summary>Makes searches wait again (for a rebuild of an index found corrupt while it served).</summary>
    internal void MarkUnready()
    {
        if (_ready.Task.IsCompleted)
            _ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal void MarkVerified() => _verified.TrySetResult();

    /// <summary>
    /// Verifies the checksums of every file of the open index: reads all of it, so it runs in the
    /// background after the index already answers. Null when intact, else what is wrong.
    /// </summary>
    internal string? FindCorruption()
    {
        var searcher = Acquire();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
                leaf.AtomicReader.CheckIntegrity();
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            Release(searcher);
        }
    }

    /// <summary>Acquire a searcher for one search; hand it back with <see cref="Release"/>.</summary>
    public IndexSearcher Acquire() =>
        (_searchers ?? throw new InvalidOperationException("The search index is not open.")).Acquire();

    public void Release(IndexSearcher searcher) => _searchers!.Release(searcher);

    private void Open(FSDirectory directory, OpenMode mode)
    {
        var config = new IndexWriterConfig(GermanSearchAnalyzer.Version, _analyzer)
        {
            OpenMode = mode,
            // Fewer, larger flushes during a rebuild; a follower's small changes never fill it.
            RAMBufferSizeMB = 256,
        };
        _directory = directory;
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, _searcherFactory);
    }

    private void CloseWriter()
    {
        _searchers?.Dispose();
        _searchers = null;
        _writer?.Dispose();
        _writer = null;
        _directory?.Dispose();
        _directory = null;
    }

    public void Dispose() => CloseWriter();

    /// <summary>Builds the facet arrays of new segments before the searcher serves its first search.</summary>
    private sealed class WarmingSearcherFactory(SegmentFacetCache cache, SearchCatalog catalog) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var snapshot = catalog.Current;
            foreach (var leaf in reader.Leaves)
                cache.Get(leaf.AtomicReader, snapshot);
            return new IndexSearcher(reader);
        }
    }
}
