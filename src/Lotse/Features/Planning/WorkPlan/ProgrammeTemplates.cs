using Lotse.Data.Seed;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>A state programme a measure can start from (Griffbereit, Rucksack, …), with its typical values.</summary>
public sealed record ProgrammeTemplate(
    string Key,
    string Title,
    string Goal,
    FocusArea FocusArea,
    EducationChainStage? Stage,
    IReadOnlyList<string> AudienceCodes,
    IReadOnlyList<string> TopicCodes,
    IReadOnlyList<(string Name, string? Unit)> Indicators);

/// <summary>
/// The programme templates from Data/Seed/programmvorlagen.csv, read at start rather than seeded into a table:
/// they are product-supplied reference text that nobody edits in the back office, and a measure only keeps the
/// template's key, so a table would add a migration and nothing else.
/// </summary>
public sealed class ProgrammeTemplates(IReadOnlyList<ProgrammeTemplate> all)
{
    public const string File = "programmvorlagen.csv";

    public IReadOnlyList<ProgrammeTemplate> All => all;

    public ProgrammeTemplate? Find(string? key) =>
        all.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));

    public static ProgrammeTemplates Load() =>
        new(ReferenceDataSeeder.Read(File).Select(row => new ProgrammeTemplate(
            row["key"],
            row["titel"],
            row["ziel"].Replace("\\n", "\n", StringComparison.Ordinal),
            Enum.Parse<FocusArea>(row["schwerpunkt"]),
            row["stufe"] is { Length: > 0 } stage ? Enum.Parse<EducationChainStage>(stage) : null,
            Split(row["zielgruppen"], ';'),
            Split(row["themen"], ';'),
            Split(row["indikatoren"], ';').Select(Indicator).ToList())).ToList());

    private static List<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    // "Teilnehmende Familien|Familien" → name and unit.
    private static (string, string?) Indicator(string value)
    {
        var parts = value.Split('|', 2, StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }
}
