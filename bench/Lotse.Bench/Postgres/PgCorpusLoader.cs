using System.Diagnostics;
using Lotse.Bench.Corpus;
using Npgsql;
using NpgsqlTypes;

namespace Lotse.Bench.Postgres;

internal sealed record PgLoadInfo(TimeSpan Copy, TimeSpan Indexes, long DatabaseBytes);

/// <summary>
/// Loads the same generated offers into one denormalised PostgreSQL table shaped for full-text
/// search: a weighted german tsvector (GIN), facet codes as arrays (GIN), and a table of all
/// words (unstemmed) with a trigram index to correct typos, the pg_trgm way of "did you mean".
/// </summary>
internal static class PgCorpusLoader
{
    public static async Task<PgLoadInfo> LoadAsync(NpgsqlDataSource dataSource, IEnumerable<GeneratedOffer> offers)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await Execute(connection, """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
            CREATE TABLE offers (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                organization text NOT NULL,
                description text NOT NULL,
                municipality text,
                municipality_name text,
                topics text[] NOT NULL,
                types text[] NOT NULL,
                audiences text[] NOT NULL,
                languages text[] NOT NULL,
                last_verified date,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('german', name), 'A') ||
                    setweight(to_tsvector('german', organization), 'C') ||
                    setweight(to_tsvector('german', description), 'B')) STORED
            );
            """);

        var copy = Stopwatch.StartNew();
        await using (var writer = await connection.BeginBinaryImportAsync(
                         "COPY offers (id, name, organization, description, municipality, municipality_name, topics, types, audiences, languages, last_verified) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var offer in offers)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(offer.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(offer.Name, NpgsqlDbType.Text);
                await writer.WriteAsync(offer.Organization.Name, NpgsqlDbType.Text);
                await writer.WriteAsync(offer.Description, NpgsqlDbType.Text);
                if (offer.Municipality is null)
                {
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(offer.Municipality.Code, NpgsqlDbType.Text);
                    await writer.WriteAsync(offer.Municipality.Name, NpgsqlDbType.Text);
                }
                await writer.WriteAsync(Codes(offer, "topic"), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(Codes(offer, "type"), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(Codes(offer, "audience"), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(offer.Languages.Select(l => l.Code).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(offer.LastVerified, NpgsqlDbType.Date);
            }
            await writer.CompleteAsync();
        }
        copy.Stop();

        var indexes = Stopwatch.StartNew();
        await Execute(connection, """
            CREATE INDEX offers_tsv ON offers USING gin (tsv);
            CREATE INDEX offers_topics ON offers USING gin (topics);
            CREATE INDEX offers_types ON offers USING gin (types);
            CREATE INDEX offers_audiences ON offers USING gin (audiences);
            CREATE INDEX offers_languages ON offers USING gin (languages);
            CREATE INDEX offers_municipality ON offers (municipality);
            CREATE INDEX offers_name ON offers (name);
            CREATE TABLE lexemes AS SELECT word FROM ts_stat($$SELECT to_tsvector('simple', name || ' ' || description) FROM offers$$);
            CREATE INDEX lexemes_trgm ON lexemes USING gin (word gin_trgm_ops);
            """);
        await Execute(connection, "VACUUM ANALYZE offers");
        await Execute(connection, "ANALYZE lexemes");
        indexes.Stop();

        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        var bytes = (long)(await size.ExecuteScalarAsync())!;
        return new PgLoadInfo(copy.Elapsed, indexes.Elapsed, bytes);
    }

    private static string[] Codes(GeneratedOffer offer, string taxonomy) =>
        offer.Terms.Where(t => t.Taxonomy == taxonomy).Select(t => t.Code).ToArray();

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
