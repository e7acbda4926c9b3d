using Lotse.Data.Seed;

namespace Lotse.Features.Portal;

/// <summary>
/// The labels of taxonomy terms and language names in the portal's other languages, read once
/// from Data/Seed/taxonomie-uebersetzungen.csv (columns taxonomie, code, sprache, bezeichnung).
/// German labels stay in the database, where the editors maintain them; a term without a row
/// here is shown with its German label.
/// </summary>
public sealed class TermTranslations
{
    public const string FileName = "taxonomie-uebersetzungen.csv";

    /// <summary>The pseudo-taxonomy of the rows that translate language names (sprachen.csv).</summary>
    public const string Languages = "language";

    private readonly Dictionary<(string Taxonomy, string Code, string Language), string> _labels;

    public TermTranslations(IEnumerable<(string Taxonomy, string Code, string Language, string Label)> rows) =>
        _labels = rows
            .Where(r => r.Label.Length > 0)
            .ToDictionary(r => (r.Taxonomy, r.Code, r.Language), r => r.Label);

    public static TermTranslations Load() => new(ReferenceDataSeeder.Read(FileName)
        .Select(row => (row["taxonomie"], row["code"], row["sprache"], row["bezeichnung"])));

    public IEnumerable<(string Taxonomy, string Code, string Language)> Keys => _labels.Keys;

    /// <summary>The label in the language of <paramref name="culture"/>, or <paramref name="german"/>.</summary>
    public string Label(string taxonomy, string code, PortalCulture culture, string german) =>
        _labels.TryGetValue((taxonomy, code, culture.Segment), out var label) ? label : german;
}
