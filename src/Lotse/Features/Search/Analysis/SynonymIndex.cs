using Lucene.Net.Analysis;

namespace Lotse.Features.Search.Analysis;

/// <summary>
/// The synonym groups, analysed like the query: finds the longest group entry that starts at a
/// given word of the query ("deutsch lernen" spans two words) and names its alternatives. Terms
/// of the other portal languages (<c>konzepte.csv</c>) lead to the group of their German concept.
/// </summary>
public sealed class SynonymIndex
{
    private readonly Dictionary<string, List<(string[] Terms, int Group)>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<IReadOnlyList<AnalyzedWord>>> _groups = [];

    // Which group a German entry belongs to (the first one that names it), to attach concept terms.
    private readonly Dictionary<string, int> _groupByEntry = new(StringComparer.Ordinal);

    public SynonymIndex(Analyzer analyzer, string field, IEnumerable<IReadOnlyList<string>> groups, IEnumerable<ConceptTerm>? concepts = null)
    {
        foreach (var group in groups)
        {
            var alternatives = group
                .Select(entry => AnalyzedWord.Split(analyzer, field, entry))
                .Where(words => words.Count > 0)
                .DistinctBy(Key)
                .ToList();
            if (alternatives.Count < 2)
                continue;
            var index = _groups.Count;
            _groups.Add(alternatives);
            foreach (var alternative in alternatives)
            {
                _groupByEntry.TryAdd(Key(alternative), index);
                Register(alternative.Select(w => w.Term).ToArray(), index);
            }
        }
        foreach (var concept in concepts ?? [])
            AddConceptTerm(analyzer, field, concept);
        foreach (var entries in _byFirstTerm.Values)
            entries.Sort((a, b) => b.Terms.Length.CompareTo(a.Terms.Length));
    }

    /// <summary>
    /// A term of another language leads one way to the German concept's group: "dil kursu" finds
    /// what "Sprachkurs" finds, but a German query does not search for Turkish words. A German
    /// entry or an earlier row with the same words keeps its group.
    /// </summary>
    private void AddConceptTerm(Analyzer analyzer, string field, ConceptTerm concept)
    {
        var words = AnalyzedWord.Split(analyzer, field, concept.Term);
        var german = AnalyzedWord.Split(analyzer, field, concept.Concept);
        if (words.Count == 0 || german.Count == 0)
            return;
        var terms = words.Select(w => w.Term).ToArray();
        if (_byFirstTerm.TryGetValue(terms[0], out var known) && known.Any(entry => entry.Terms.SequenceEqual(terms)))
            return;
        if (!_groupByEntry.TryGetValue(Key(german), out var group))
        {
            // A concept without synonyms (e.g. "integrationskurs") is a group of its own German word.
            group = _groups.Count;
            _groups.Add([german]);
            _groupByEntry[Key(german)] = group;
        }
        Register(terms, group);
    }

    private void Register(string[] terms, int group)
    {
        if (!_byFirstTerm.TryGetValue(terms[0], out var entries))
            _byFirstTerm[terms[0]] = entries = [];
        entries.Add((terms, group));
    }

    private static string Key(IReadOnlyList<AnalyzedWord> words) => string.Join(' ', words.Select(w => w.Term));

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
            alternatives = _groups[group].Where(a => Key(a) != own).ToList();
            return true;
        }
        return false;
    }
}
