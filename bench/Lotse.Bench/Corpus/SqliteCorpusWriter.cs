using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Lotse.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Bench.Corpus;

internal sealed record CorpusInfo(int Size, int Seed, int Organizations, long TermLinks, long LanguageLinks, TimeSpan Elapsed, bool Reused);

/// <summary>
/// Writes a corpus into a Lotse data folder: the app creates and migrates the schema and seeds the
/// reference data (no demo data); the offers then go in through raw prepared commands in one
/// transaction, because EF change tracking would take many minutes for a million offers. No
/// change-log rows: the index is built from scratch on the loaded database.
/// </summary>
internal static class SqliteCorpusWriter
{
    private const int FormatVersion = 2;
    private const string MarkerFile = "bench-corpus.txt";

    public static async Task<CorpusInfo> EnsureAsync(string dataDirectory, int size, int seed, bool fresh)
    {
        var marker = Path.Combine(dataDirectory, MarkerFile);
        var expected = $"format={FormatVersion};size={size};seed={seed}";
        if (!fresh && File.Exists(marker) && File.ReadAllLines(marker).FirstOrDefault() == expected)
        {
            var lines = File.ReadAllLines(marker);
            return new CorpusInfo(size, seed, int.Parse(lines[1], CultureInfo.InvariantCulture),
                long.Parse(lines[2], CultureInfo.InvariantCulture), long.Parse(lines[3], CultureInfo.InvariantCulture),
                TimeSpan.FromMilliseconds(double.Parse(lines[4], CultureInfo.InvariantCulture)), Reused: true);
        }

        var stopwatch = Stopwatch.StartNew();
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(dataDirectory))
            System.IO.Directory.Delete(dataDirectory, recursive: true);
        await CreateSchemaAsync(dataDirectory);
        Console.WriteLine($"  schema by the app: {stopwatch.Elapsed.TotalSeconds:0.0} s");

        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "lotse.db")};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY; PRAGMA locking_mode=EXCLUSIVE;");

        var reference = ReferenceCodes.Load(connection);
        var generator = new CorpusGenerator(reference, size, seed);
        var organizations = generator.Organizations();
        long termLinks = 0, languageLinks = 0;

        using (var transaction = connection.BeginTransaction())
        {
            InsertOrganizations(connection, transaction, organizations);
            using var offer = Prepare(connection, transaction, """
                INSERT INTO Offers (Id, OrganizationId, Name, AlternateName, Description, Url, Email, Phone, Status, FeesDescription, IsFree,
                  EligibilityDescription, ApplicationProcess, MinimumAge, MaximumAge, MunicipalityId, StartsOn, EndsOn, LastVerified,
                  CreatedAt, LastModified, IsExample)
                VALUES ($id, $org, $name, NULL, $description, NULL, $email, $phone, 'Published', NULL, $free,
                  NULL, NULL, NULL, NULL, $municipality, NULL, NULL, $verified, $created, $modified, 1)
                """, "$id", "$org", "$name", "$description", "$email", "$phone", "$free", "$municipality", "$verified", "$created", "$modified");
            using var term = Prepare(connection, transaction, "INSERT INTO OfferTerms (OfferId, TermId) VALUES ($offer, $term)", "$offer", "$term");
            using var language = Prepare(connection, transaction, "INSERT INTO OfferLanguages (LanguageId, OfferId) VALUES ($language, $offer)", "$language", "$offer");

            // Generating the texts takes as long as inserting them: one core each.
            var channel = Channel.CreateBounded<GeneratedOffer>(new BoundedChannelOptions(8192) { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(async () =>
            {
                foreach (var generated in generator.Offers(organizations))
                    await channel.Writer.WriteAsync(generated);
                channel.Writer.Complete();
            });
            var ids = new Dictionary<Guid, string>();
            string Cached(Guid value)
            {
                if (!ids.TryGetValue(value, out var text))
                    ids[value] = text = GuidText(value);
                return text;
            }

            await foreach (var item in channel.Reader.ReadAllAsync())
            {
                var id = GuidText(item.Id);
                var p = offer.Parameters;
                p[0].Value = id;
                p[1].Value = Cached(item.Organization.Id);
                p[2].Value = item.Name;
                p[3].Value = item.Description;
                p[4].Value = (object?)item.Email ?? DBNull.Value;
                p[5].Value = (object?)item.Phone ?? DBNull.Value;
                p[6].Value = item.IsFree ? 1 : 0;
                p[7].Value = item.Municipality is null ? DBNull.Value : Cached(item.Municipality.Id);
                p[8].Value = item.LastVerified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p[9].Value = DateText(item.CreatedAt);
                p[10].Value = DateText(item.CreatedAt.AddDays(30));
                offer.ExecuteNonQuery();

                term.Parameters[0].Value = id;
                foreach (var t in item.Terms)
                {
                    term.Parameters[1].Value = Cached(t.Id);
                    term.ExecuteNonQuery();
                    termLinks++;
                }
                language.Parameters[1].Value = id;
                foreach (var l in item.Languages)
                {
                    language.Parameters[0].Value = Cached(l.Id);
                    language.ExecuteNonQuery();
                    languageLinks++;
                }
            }
            await producer;
            Console.WriteLine($"  rows inserted: {stopwatch.Elapsed.TotalSeconds:0.0} s");
            transaction.Commit();
        }
        Console.WriteLine($"  committed: {stopwatch.Elapsed.TotalSeconds:0.0} s");
        // Back to the app's journal mode; no ANALYZE, since the app never runs one either.
        Execute(connection, "PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL;");
        connection.Close();
        stopwatch.Stop();

        File.WriteAllLines(marker,
        [
            expected,
            organizations.Count.ToString(CultureInfo.InvariantCulture),
            termLinks.ToString(CultureInfo.InvariantCulture),
            languageLinks.ToString(CultureInfo.InvariantCulture),
            stopwatch.Elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        ]);
        return new CorpusInfo(size, seed, organizations.Count, termLinks, languageLinks, stopwatch.Elapsed, Reused: false);
    }

    /// <summary>The app's own start-up path creates the schema: migrations and reference seed, nothing else.</summary>
    private static async Task CreateSchemaAsync(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lotse:DataDirectory"] = dataDirectory,
            ["Lotse:DemoData"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddData(configuration);
        await using (var provider = services.BuildServiceProvider())
            await provider.InitializeDatabaseAsync();
        SqliteConnection.ClearAllPools();
    }

    private static void InsertOrganizations(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<GeneratedOrganization> organizations)
    {
        using var command = Prepare(connection, transaction, """
            INSERT INTO Organizations (Id, Name, AlternateName, Description, Email, Website, Phone, ActorType, MunicipalityId, IsExample, LastModified)
            VALUES ($id, $name, NULL, NULL, NULL, NULL, NULL, $type, $municipality, 1, $modified)
            """, "$id", "$name", "$type", "$municipality", "$modified");
        foreach (var organization in organizations)
        {
            command.Parameters[0].Value = GuidText(organization.Id);
            command.Parameters[1].Value = organization.Name;
            command.Parameters[2].Value = organization.ActorType;
            command.Parameters[3].Value = GuidText(organization.Municipality.Id);
            command.Parameters[4].Value = "2026-11-01 00:00:00";
            command.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // The formats EF Core's SQLite provider writes and reads: upper-case GUID text, ISO date-times.
    private static string GuidText(Guid id) => id.ToString().ToUpperInvariant();

    private static string DateText(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
