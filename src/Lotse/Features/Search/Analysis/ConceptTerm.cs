using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lotse.Features.Search.Analysis;

/// <summary>
/// One row of <c>konzepte.csv</c>: a term people type in another portal language
/// (<see cref="Language"/>, e.g. "dil kursu" in "tr") that stands for a German search concept
/// (<see cref="Concept"/>, a term of <c>synonyme.txt</c> or of the offers, e.g. "sprachkurs").
/// </summary>
public sealed record ConceptTerm(string Concept, string Language, string Term)
{
    public static IReadOnlyList<ConceptTerm> Load(string file)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            AllowComments = true,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
        };
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<ConceptTerm>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var row = new ConceptTerm(csv.GetField("konzept") ?? "", csv.GetField("sprache") ?? "", csv.GetField("begriff") ?? "");
            if (row.Concept.Length > 0 && row.Term.Length > 0)
                rows.Add(row);
        }
        return rows;
    }
}
