using Lotse.Features.Search.Facets;
using Lucene.Net.Index;

namespace Lotse.Features.Search.Querying;

/// <summary>
/// Answers kept for one index reader and catalog snapshot: a refresh of either yields new
/// instances, so a stale answer can never be served. Bounded; cleared with each new generation.
/// </summary>
public sealed class AnswerCache<TKey> where TKey : notnull
{
    private const int MaxEntries = 64;

    private readonly object _lock = new();
    private IndexReader? _reader;
    private CatalogSnapshot? _catalog;
    private Dictionary<TKey, SearchResult> _answers = [];

    public bool TryGet(IndexReader reader, CatalogSnapshot catalog, TKey key, out SearchResult result)
    {
        lock (_lock)
        {
            if (ReferenceEquals(reader, _reader) && ReferenceEquals(catalog, _catalog) && _answers.TryGetValue(key, out result!))
                return true;
        }
        result = null!;
        return false;
    }

    public void Add(IndexReader reader, CatalogSnapshot catalog, TKey key, SearchResult result)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(reader, _reader) || !ReferenceEquals(catalog, _catalog) || _answers.Count >= MaxEntries)
            {
                _reader = reader;
                _catalog = catalog;
                _answers = [];
            }
            _answers[key] = result;
        }
    }
}
