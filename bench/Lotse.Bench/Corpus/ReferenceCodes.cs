using Microsoft.Data.Sqlite;

namespace Lotse.Bench.Corpus;

internal sealed record ReferenceTerm(Guid Id, string Taxonomy, string Code, string Label);
internal sealed record ReferenceMunicipality(Guid Id, string Code, string Name, int? Population);
internal sealed record ReferenceLanguage(Guid Id, string Code, string Name);

/// <summary>
/// The vocabularies, municipalities and languages as the app seeded them (from its Data/Seed CSVs):
/// the corpus uses their ids and codes so it is indistinguishable from data entered in the app.
/// </summary>
internal sealed record ReferenceCodes(
    IReadOnlyList<ReferenceTerm> Terms,
    IReadOnlyList<ReferenceMunicipality> Municipalities,
    IReadOnlyList<ReferenceLanguage> Languages)
{
    public static ReferenceCodes Load(SqliteConnection connection)
    {
        var terms = new List<ReferenceTerm>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT t.Id, x.Code, t.Code, t.Label FROM TaxonomyTerms t JOIN Taxonomies x ON x.Id = t.TaxonomyId
                ORDER BY x.Code, t.SortOrder
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                terms.Add(new ReferenceTerm(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        var municipalities = new List<ReferenceMunicipality>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, Code, Name, Population FROM Municipalities ORDER BY Code";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                municipalities.Add(new ReferenceMunicipality(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt32(3)));
        }

        var languages = new List<ReferenceLanguage>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, Code, Name FROM Languages ORDER BY SortOrder";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                languages.Add(new ReferenceLanguage(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        if (terms.Count == 0 || municipalities.Count == 0 || languages.Count == 0)
            throw new InvalidOperationException("The database holds no reference data: was it created by the app?");
        return new ReferenceCodes(terms, municipalities, languages);
    }

    public IEnumerable<ReferenceTerm> Taxonomy(string code) => Terms.Where(t => t.Taxonomy == code);
}
