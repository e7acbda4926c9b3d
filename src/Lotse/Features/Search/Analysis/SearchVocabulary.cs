namespace Lotse.Features.Search.Analysis;

/// <summary>
/// The search's word lists, kept as data in <c>Features/Search/Data</c>: compound word parts
/// (<c>wortteile.txt</c>), synonym groups (<c>synonyme.txt</c>) and the terms of other portal
/// languages that stand for a German concept (<c>konzepte.csv</c>).
/// </summary>
public sealed class SearchVocabulary
{
    public IReadOnlyList<string> CompoundParts { get; }
    public IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; }
    public IReadOnlyList<ConceptTerm> Concepts { get; }

    public SearchVocabulary(IReadOnlyList<string> compoundParts, IReadOnlyList<IReadOnlyList<string>> synonymGroups, IReadOnlyList<ConceptTerm> concepts)
    {
        CompoundParts = compoundParts;
        SynonymGroups = synonymGroups;
        Concepts = concepts;
    }

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Features", "Search", "Data");

    public static SearchVocabulary Load(string directory) => new(
        Lines(Path.Combine(directory, "wortteile.txt")).ToList(),
        Lines(Path.Combine(directory, "synonyme.txt"))
            .Select(line => (IReadOnlyList<string>)line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(group => group.Count > 1)
            .ToList(),
        ConceptTerm.Load(Path.Combine(directory, "konzepte.csv")));

    private static IEnumerable<string> Lines(string file) =>
        File.ReadLines(file)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
}
