using System.Text;
using Lotse.Features.Search.Facets;
using Lucene.Net.Index;

namespace Lotse.Features.Search.Querying;

/// <summary>
/// Whole answers kept for one index reader and catalog snapshot. Every index refresh and every
/// catalog reload yields new instances, and the first search that sees them starts an empty cache,
/// so a stale answer is never served. Bounded: when full it starts over.
/// </summary>
public sealed class AnswerCache(int maxEntries)
{
    private readonly object _lock = new();
    private IndexReader? _reader;
    private CatalogSnapshot? _catalog;
    private Dictionary<string, SearchResult> _answers = new(StringComparer.Ordinal);

    public bool Enabled => maxEntries > 0;

    public bool TryGet(IndexReader reader, CatalogSnapshot catalog, string key, out SearchResult result)
    {
        lock (_lock)
        {
            if (ReferenceEquals(reader, _reader) && ReferenceEquals(catalog, _catalog) && _answers.TryGetValue(key, out result!))
                return true;
        }
        result = null!;
        return false;
    }

    public void Add(IndexReader reader, CatalogSnapshot catalog, string key, SearchResult result)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(reader, _reader) || !ReferenceEquals(catalog, _catalog) || _answers.Count >= maxEntries)
            {
                _reader = reader;
                _catalog = catalog;
                _answers = new Dictionary<string, SearchResult>(StringComparer.Ordinal);
            }
            _answers[key] = result;
        }
    }

    /// <summary>
    /// The key of everything an answer depends on besides the index and the catalog: the cleaned
    /// text, the filters (in a fixed order), page, page size, sort, reference place, snippets and culture.
    /// Each part is length-prefixed, so no input can make two different queries share a key.
    /// </summary>
    public static string KeyOf(SearchQuery query, string cleanText, int page, int pageSize)
    {
        var key = new StringBuilder(64);
        Append(key, cleanText);
        foreach (var (facet, values) in query.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (values.Count == 0)
                continue;
            Append(key, facet);
            key.Append(values.Count).Append('|');
            foreach (var value in values.Order(StringComparer.Ordinal))
                Append(key, value);
        }
        key.Append(page).Append('|').Append(pageSize).Append('|').Append((int)query.Sort).Append('|').Append(query.IncludeSnippets ? 1 : 0).Append('|');
        Append(key, query.Near?.Trim() ?? "");
        Append(key, query.Culture ?? "");
        return key.ToString();
    }

    private static void Append(StringBuilder key, string part) => key.Append(part.Length).Append(':').Append(part);
}
