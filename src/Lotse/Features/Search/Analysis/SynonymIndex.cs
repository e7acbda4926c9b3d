using Lucene.Net.Analysis;

namespace Lotse.Features.Search.Analysis;

/// <summary>
/// The synonym groups, analysed like the query: finds the longest group entry that starts at a
/// given word of the query ("deutsch lernen" spans two words) and names its alternatives.
/// </summary>
public sealed class SynonymIndex
{
    private readonly Dictionary<string, List<(string[] Terms, int Group)>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<IReadOnlyList<AnalyzedWord>>> _groups = [];

    public SynonymIndex(Analyzer analyzer, string field, IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            var alternatives = group
                .Select(entry => AnalyzedWord.Split(analyzer, field, entry))
                .Where(words => words.Count > 0)
                .DistinctBy(words => string.Join(' ', words.Select(w => w.Term)))
                .ToList();
            if (alternatives.Count < 2)
                continue;
            var index = _groups.Count;
            _groups.Add(alternatives);
            foreach (var alternative in alternatives)
            {
                var terms = alternative.Select(w => w.Term).ToArray();
                if (!_byFirstTerm.TryGetValue(terms[0], out var entries))
                    _byFirstTerm[terms[0]] = entries = [];
                entries.Add((terms, index));
            }
        }
        foreach (var entries in _byFirstTerm.Values)
            entries.Sort((a, b) => b.Terms.Length.CompareTo(a.Terms.Length));
    }

    /// <summary>
    /// The longest entry starting at <paramref name="start"/>: how many query words it covers and
    /// the other alternatives of its group (a word appearing in several groups takes the first).
    /// </summary>
    public bool TryMatch(IReadOnlyList<AnalyzedWord> words, int start, out int length, out IReadOnlyList<IReadOnlyList<AnalyzedWord>> alternatives)
    {
        length = 0;
        alternatives = [];
        if (!_byFirstTerm.TryGetValue(words[start].Term, out var entries))
            return false;
        foreach (var (terms, group) in entries)
        {
            if (start + terms.Length > words.Count)
                continue;
            var matches = true;
            for (var i = 1; i < terms.Length && matches; i++)
                matches = words[start + i].Term == terms[i];
            if (!matches)
                continue;
            length = terms.Length;
            var own = string.Join(' ', terms);
            alternatives = _groups[group].Where(a => string.Join(' ', a.Select(w => w.Term)) != own).ToList();
            return true;
        }
        return false;
    }
}
