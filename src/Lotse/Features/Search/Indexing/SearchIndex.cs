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
    // While a rebuild fills a new index, searches keep reading the previous one (its open files stay readable
    // even after the folder was deleted); it is dropped once the rebuilt index is committed.
    private SearcherManager? _serving;
    private FSDirectory? _servingDirectory;
    private IReadOnlyDictionary<string, (long Length, DateTime Written)> _committedFiles = new Dictionary<string, (long, DateTime)>();
    private long _appliedSequence;
    private volatile string? _rebuildReason;
    private volatile string? _problem;
    private volatile bool _searchFailed;

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

    /// <summary>Why the index is being rebuilt while the app runs, or null.</summary>
    public string? RebuildReason { get => _rebuildReason; internal set => _rebuildReason = value; }

    /// <summary>Why the index cannot follow the database right now (e.g. a full disk), or null.</summary>
    public string? Problem { get => _problem; internal set => _problem = value; }

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
            RememberCommittedFiles();
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
        RetireWriter();
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
        RememberCommittedFiles();
        DropPreviousSearchers();
    }

    /// <summary>
    /// Whether the files of the last commit are still on disk as written (cheap: names, sizes and times only).
    /// Null when they are, else what is wrong and whether the open files may have been changed in place.
    /// </summary>
    internal (string Problem, bool ChangedInPlace)? FindDamageOnDisk()
    {
        var files = _committedFiles;
        if (files.Count == 0)
            return null;
        if (!System.IO.Directory.Exists(Path))
            return ("index folder deleted", false);
        foreach (var (name, (length, written)) in files)
        {
            var file = new FileInfo(System.IO.Path.Combine(Path, name));
            if (!file.Exists)
                return ($"index file {name} deleted", false);
            if (file.Length != length || file.LastWriteTimeUtc != written)
                return ($"index file {name} changed on disk", true);
        }
        return null;
    }

    /// <summary>A search failed while reading the index: the follower then verifies its checksums.</summary>
    internal void ReportSearchFailure() => _searchFailed = true;

    internal bool TakeSearchFailure() => Interlocked.Exchange(ref _searchFailed, false);

    private void RememberCommittedFiles()
    {
        var commit = new SegmentInfos();
        commit.Read(_directory!);
        var files = new Dictionary<string, (long, DateTime)>();
        foreach (var name in commit.GetFiles(_directory!, includeSegmentsFile: true))
        {
            var file = new FileInfo(System.IO.Path.Combine(Path, name));
            files[name] = (file.Length, file.LastWriteTimeUtc);
        }
        _committedFiles = files;
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
    public IndexSearcher Acquire()
    {
        for (var attempt = 0; ; attempt++)
        {
            var manager = _serving ?? _searchers ?? throw new InvalidOperationException("The search index is not open.");
            try
            {
                return manager.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                // A rebuild was just committed and the previous index dropped: take the new one.
            }
        }
    }

    // Releasing decrements the reader's reference count, whichever manager handed it out.
    public void Release(IndexSearcher searcher) => searcher.IndexReader.DecRef();

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

    /// <summary>
    /// Drops the writer without committing (its folder may be gone or damaged) and keeps its searchers
    /// serving until the next commit. At most one previous index is kept.
    /// </summary>
    private void RetireWriter()
    {
        if (!ServePreviousDuringRebuild)
            DropPreviousSearchers();
        if (_serving is not null)
        {
            // An earlier rebuild did not finish: its half-built index is never served.
            _searchers?.Dispose();
        }
        else if (_searchers is not null && ServePreviousDuringRebuild)
        {
            _serving = _searchers;
            _servingDirectory = _directory;
            _directory = null;
        }
        else
        {
            _searchers?.Dispose();
        }
        _searchers = null;
        try
        {
            _writer?.Rollback();
        }
        catch (Exception)
        {
            // A writer on a deleted or damaged folder may fail to clean up; it is replaced either way.
        }
        _writer = null;
        _directory?.Dispose();
        _directory = null;
        _committedFiles = new Dictionary<string, (long, DateTime)>();
    }

    /// <summary>Stops serving the previous index (when it may read damaged files).</summary>
    internal void DropPreviousSearchers()
    {
        if (Interlocked.Exchange(ref _serving, null) is { } previous)
            previous.Dispose();
        Interlocked.Exchange(ref _servingDirectory, null)?.Dispose();
    }

    /// <summary>Set by the follower for a rebuild while running: searches keep the previous index until it is done.</summary>
    internal bool ServePreviousDuringRebuild { get; set; }

    private void CloseWriter()
    {
        DropPreviousSearchers();
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
