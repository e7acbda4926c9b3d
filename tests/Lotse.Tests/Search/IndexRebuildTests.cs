using Lotse.Features.Directory;
using Lotse.Features.Search;
using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Indexing;
using Lotse.Tests.Infrastructure;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.Tests.Search.SearchTestData;

namespace Lotse.Tests.Search;

/// <summary>
/// The database is the truth: an index folder that is missing, damaged or of another schema
/// version is rebuilt at start, and an intact one is reused as it is.
/// </summary>
public sealed class IndexRebuildTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N"));
    private string IndexDirectory => Path.Combine(_dataDirectory, "index");

    private LotseAppFactory StartApp()
    {
        var factory = new LotseAppFactory(demoData: false);
        factory.Settings["Lotse:DataDirectory"] = _dataDirectory;
        _ = factory.Services; // starts the host
        return factory;
    }

    /// <summary>Runs an app once to leave a database with two offers and its index on disk.</summary>
    private async Task PrepareAsync()
    {
        using var factory = StartApp();
        await factory.WithDbAsync(async db =>
        {
            var organization = await db.AddOrganizationAsync("Diakonie An Sieg und Rhein");
            await db.AddOfferAsync(organization, "Sprachcafé Siegburg", "Deutsch sprechen bei Kaffee und Kuchen.", ["type:treffpunkt"], ["de"], Siegburg);
            var counselling = await db.AddOfferAsync(organization, "Schuldnerberatung", "Hilfe bei Schulden.",
                ["type:beratung", "topic:soziales", "audience:eltern"], ["de", "tr"], Troisdorf, new DateOnly(2026, 2, 1));
            counselling.Locations.Add(new Location
            {
                Id = Guid.NewGuid(), Name = "Beratungsstelle", Street = "Kölner Straße 12", City = "Troisdorf", Latitude = 50.81, Longitude = 7.15,
            });
            await db.SaveChangesAsync();
        });
        await factory.WaitForIndexAsync();
        _before = await factory.SearchAsync(Query(null));
        Assert.Equal(2, _before.Total);
    }

    private SearchResult? _before;

    private async Task AssertIndexServesTheDatabaseAsync()
    {
        using var factory = StartApp();
        await factory.WaitForIndexAsync();
        // A corrupt file that opens is found by the checksums verified in the background, then rebuilt.
        await factory.Services.GetRequiredService<SearchIndex>().WhenVerified.WaitAsync(TimeSpan.FromSeconds(30));
        var result = await factory.SearchAsync(Query(null));
        Assert.Equal(2, result.Total);
        Assert.Equal(["Schuldnerberatung", "Sprachcafé Siegburg"], result.Items.Select(i => i.Name));
        Assert.Single((await factory.SearchAsync(Query("Sprachcafe"))).Items);
        Assert.Single((await factory.SearchAsync(Query("Kölner Strasse"))).Items);
        // The rebuilt index answers exactly as the one that followed the change log.
        Assert.Equal(_before!.Items, result.Items, HitComparer.Instance);
        foreach (var facet in FacetNames.All)
            Assert.Equal(_before.Facets[facet], result.Facets[facet]);
        Assert.True(factory.Services.GetRequiredService<SearchIndex>().IsReady);
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt()
    {
        await PrepareAsync();
        System.IO.Directory.Delete(IndexDirectory, recursive: true);

        await AssertIndexServesTheDatabaseAsync();
    }

    [Fact]
    public async Task An_empty_index_folder_is_rebuilt()
    {
        await PrepareAsync();
        foreach (var file in System.IO.Directory.GetFiles(IndexDirectory))
            File.Delete(file);

        await AssertIndexServesTheDatabaseAsync();
    }

    [Theory]
    [InlineData("*.cfs")]
    [InlineData("segments_*")]
    public async Task A_corrupted_index_is_rebuilt(string pattern)
    {
        await PrepareAsync();
        var random = new Random(17);
        var files = System.IO.Directory.GetFiles(IndexDirectory, pattern);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var garbage = new byte[new FileInfo(file).Length];
            random.NextBytes(garbage);
            File.WriteAllBytes(file, garbage);
        }

        await AssertIndexServesTheDatabaseAsync();
    }

    [Fact]
    public async Task A_few_flipped_bytes_inside_a_segment_are_noticed()
    {
        await PrepareAsync();
        var file = System.IO.Directory.GetFiles(IndexDirectory, "*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(file);
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 8; i++)
            bytes[i] ^= 0x5A;
        File.WriteAllBytes(file, bytes);

        await AssertIndexServesTheDatabaseAsync();
    }

    [Fact]
    public async Task An_index_of_another_schema_version_is_rebuilt()
    {
        await PrepareAsync();
        AddGhostOffer(schemaVersion: SearchIndex.SchemaVersion - 1);

        await AssertIndexServesTheDatabaseAsync();
    }

    [Fact]
    public async Task An_intact_index_is_reused_without_rebuilding()
    {
        await PrepareAsync();
        AddGhostOffer(schemaVersion: SearchIndex.SchemaVersion);

        using var factory = StartApp();
        await factory.WaitForIndexAsync();
        // The ghost exists only in the index: seeing it proves the index was not rebuilt.
        Assert.Single((await factory.SearchAsync(Query("Geisterangebot"))).Items);
    }

    /// <summary>Writes a document that is not in the database straight into the index on disk.</summary>
    private void AddGhostOffer(int schemaVersion)
    {
        using var directory = FSDirectory.Open(IndexDirectory);
        string sequence;
        using (var reader = DirectoryReader.Open(directory))
            sequence = reader.IndexCommit.UserData["lotse.sequence"];
        var analyzer = new GermanSearchAnalyzer(SearchVocabulary.Load(SearchVocabulary.DataDirectory).CompoundParts);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer));
        writer.AddDocument(new Document
        {
            new StringField(IndexFields.Id, Guid.NewGuid().ToString("D"), Field.Store.YES),
            new TextField(IndexFields.Name, "Geisterangebot", Field.Store.YES),
            new TextField(IndexFields.Text, "Geisterangebot", Field.Store.NO),
        });
        writer.SetCommitData(new Dictionary<string, string>
        {
            ["lotse.schema"] = schemaVersion.ToString(),
            ["lotse.sequence"] = sequence,
        });
        writer.Commit();
    }

    private sealed class HitComparer : IEqualityComparer<SearchHit>
    {
        public static readonly HitComparer Instance = new();

        public bool Equals(SearchHit? a, SearchHit? b) =>
            a is not null && b is not null
            && (a with { Topics = [], Types = [], Languages = [], Audiences = [] }) == (b with { Topics = [], Types = [], Languages = [], Audiences = [] })
            && a.Topics.SequenceEqual(b.Topics) && a.Types.SequenceEqual(b.Types)
            && a.Languages.SequenceEqual(b.Languages) && a.Audiences.SequenceEqual(b.Audiences);

        public int GetHashCode(SearchHit hit) => hit.Id.GetHashCode();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }
}
