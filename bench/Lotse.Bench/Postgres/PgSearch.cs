using Lotse.Features.Search;
using Npgsql;
using NpgsqlTypes;

namespace Lotse.Bench.Postgres;

/// <summary>
/// The query mix answered by PostgreSQL the way a good hand-written PostgreSQL search would:
/// one round trip with a batch of total, page (ranked, with a headline) and one GROUP BY per facet,
/// each facet counted without its own filter (disjunctive). When the text finds nothing, each word
/// is replaced by its closest known word (pg_trgm + levenshtein) and the batch runs again.
/// </summary>
internal sealed class PgSearch(NpgsqlDataSource dataSource)
{
    public const int PageSize = 20;

    private static readonly (string Facet, string Column, bool IsArray)[] Facets =
    [
        (FacetNames.Topic, "topics", true),
        (FacetNames.Type, "types", true),
        (FacetNames.Language, "languages", true),
        (FacetNames.Audience, "audiences", true),
        (FacetNames.Municipality, "municipality", false),
    ];

    public sealed record Answer(int Total, int PageCount, int FacetValues, bool UsedTypoFallback);

    public async Task<Answer> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text;
        var answer = await RunBatchAsync(connection, query, text, cancellationToken);
        if (answer.Total > 0 || text is null)
            return answer;

        var corrected = await CorrectAsync(connection, text, cancellationToken);
        return corrected is null ? answer : await RunBatchAsync(connection, query, corrected, cancellationToken) with { UsedTypoFallback = true };
    }

    /// <summary>
    /// Replaces each word by the closest known word within two edits (what Lucene's fuzzy query
    /// allows); the trigram index finds the candidates. Null when nothing changes.
    /// </summary>
    private static async Task<string?> CorrectAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT string_agg(coalesce(
                (SELECT l.word FROM lexemes l WHERE l.word % w AND levenshtein(l.word, w) <= 2
                 ORDER BY levenshtein(l.word, w), l.word <-> w LIMIT 1), w), ' ')
            FROM unnest(regexp_split_to_array(lower(@text), '\s+')) AS w
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
        var corrected = await command.ExecuteScalarAsync(cancellationToken) as string;
        return corrected is null || string.Equals(corrected, text, StringComparison.OrdinalIgnoreCase) ? null : corrected;
    }

    private static async Task<Answer> RunBatchAsync(NpgsqlConnection connection, SearchQuery query, string? text,
        CancellationToken cancellationToken)
    {
        // The same tsquery expression in every statement; PostgreSQL evaluates it once per statement.
        const string tsquery = "websearch_to_tsquery('german', @text)";

        string Where(string? except, string? extra = null)
        {
            var conditions = new List<string>();
            if (extra is not null)
                conditions.Add(extra);
            if (text is not null)
                conditions.Add($"o.tsv @@ {tsquery}");
            foreach (var (facet, column, isArray) in Facets)
            {
                if (facet == except || query.FilterValues(facet).Count == 0)
                    continue;
                conditions.Add(isArray ? $"o.{column} && @f_{facet}" : $"o.{column} = ANY(@f_{facet})");
            }
            return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        }

        await using var batch = new NpgsqlBatch(connection);
        void Add(string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            if (text is not null)
                command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
            foreach (var (facet, _, _) in Facets)
            {
                var values = query.FilterValues(facet);
                if (values.Count > 0)
                    command.Parameters.Add(new NpgsqlParameter($"f_{facet}", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });
            }
            batch.BatchCommands.Add(command);
        }

        Add($"SELECT count(*) FROM offers o {Where(null)}");
        Add(text is not null
            ? $"""
               SELECT p.id, p.name, p.organization, p.municipality, p.municipality_name, p.topics, p.types, p.languages, p.audiences, p.last_verified,
                      ts_headline('german', p.description, {tsquery}, 'MaxFragments=1, MaxWords=25, MinWords=10, StartSel=<mark>, StopSel=</mark>')
               FROM (SELECT o.*, ts_rank(o.tsv, {tsquery}) AS rank FROM offers o {Where(null)} ORDER BY rank DESC, o.name LIMIT {PageSize}) p
               ORDER BY p.rank DESC, p.name
               """
            : $"""
               SELECT o.id, o.name, o.organization, o.municipality, o.municipality_name, o.topics, o.types, o.languages, o.audiences, o.last_verified, NULL
               FROM offers o {Where(null)} ORDER BY o.name LIMIT {PageSize}
               """);
        foreach (var (facet, column, isArray) in Facets)
        {
            Add(isArray
                ? $"SELECT v, count(*) FROM offers o CROSS JOIN LATERAL unnest(o.{column}) AS v {Where(facet)} GROUP BY v"
                : $"SELECT o.{column}, count(*) FROM offers o {Where(facet, $"o.{column} IS NOT NULL")} GROUP BY o.{column}");
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = (int)reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var page = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
                _ = reader.IsDBNull(i) ? null : reader.GetValue(i);
            page++;
        }
        var facetValues = 0;
        while (await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _ = reader.GetString(0);
                _ = reader.GetInt64(1);
                facetValues++;
            }
        }
        return new Answer(total, page, facetValues, UsedTypoFallback: false);
    }
}
