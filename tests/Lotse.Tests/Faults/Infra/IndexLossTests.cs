using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Search;
using static Lotse.Tests.Search.SearchTestData;

namespace Lotse.Tests.Faults.Infra;

/// <summary>
/// The index folder deleted or damaged under the running app, and damaged before a start: search keeps
/// answering (never a 500; at worst a short 503), the index is rebuilt from the database and follows it again,
/// and <c>/health</c> says Healthy only when it is.
/// </summary>
public sealed class IndexLossTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N"));
    private string IndexDirectory => Path.Combine(_dataDirectory, "index");
    private int _searches, _answered503, _otherErrors;

    private LotseAppFactory StartApp()
    {
        var factory = new LotseAppFactory(demoData: false);
        factory.Settings["Lotse:DataDirectory"] = _dataDirectory;
        factory.Settings["Lotse:Search:ReadyTimeout"] = "00:00:10";
        return factory;
    }

    [Fact]
    public async Task Search_survives_the_index_deleted_or_damaged_while_running_and_at_start()
    {
        var clock = Stopwatch.StartNew();
        using (var factory = StartApp())
        {
            var client = factory.CreateClient();
            await factory.WithDbAsync(async db =>
            {
                var organization = await db.AddOrganizationAsync("Diakonie An Sieg und Rhein");
                await db.AddOfferAsync(organization, "Sprachcafé Siegburg", "Deutsch sprechen.", ["type:treffpunkt"], ["de"], Siegburg);
                await db.AddOfferAsync(organization, "Schuldnerberatung", "Hilfe bei Schulden.", ["type:beratung"], ["de"], Troisdorf);
                await db.SaveChangesAsync();
            });
            await factory.WaitForIndexAsync();
            await AssertSearchFindsAsync(client, 2);

            // 1. The whole folder deleted: searches keep answering from the open files, the index is rebuilt.
            System.IO.Directory.Delete(IndexDirectory, recursive: true);
            await SearchWhileHealingAsync(client, 2, "index folder deleted");
            await AssertFollowsChangesAsync(factory, client, "Fahrradkurs", 3);

            // 2. Every file overwritten in place with garbage: searches answer or say 503 briefly, never 500.
            var random = new Random(10);
            foreach (var file in System.IO.Directory.GetFiles(IndexDirectory))
            {
                var garbage = new byte[new FileInfo(file).Length];
                random.NextBytes(garbage);
                File.WriteAllBytes(file, garbage);
            }
            await SearchWhileHealingAsync(client, 3, "index files overwritten");
            await AssertFollowsChangesAsync(factory, client, "Schwimmkurs", 4);
        }

        // 3. At start: an index of garbage files is rebuilt before search answers.
        foreach (var file in System.IO.Directory.GetFiles(IndexDirectory))
            File.WriteAllBytes(file, [0x42, 0x42, 0x42]);
        using (var factory = StartApp())
        {
            var client = factory.CreateClient();
            await AssertSearchFindsAsync(client, 4);
            await WaitForHealthyIndexAsync(client, TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0, _otherErrors);
        FaultReport.Append($"faults/index-loss: 3 index losses (deleted and overwritten while running, garbage at start), 3 rebuilt, " +
            $"{_searches} searches, {_answered503} answered 503, {_otherErrors} other errors, {clock.Elapsed.TotalSeconds:F0} s");
    }

    private async Task SearchWhileHealingAsync(HttpClient client, int expected, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await SearchOnceAsync(client, expected, what);
            var health = await FaultReport.HealthAsync(client);
            var index = health.Checks["searchIndex"];
            Assert.True(index.Status is "Healthy" or "Degraded" or "Unhealthy", $"{what}: health {index.Status}");
            Assert.Equal("Healthy", health.Checks["database"].Status);
            if (index.Status != "Healthy")
            {
                Assert.Contains("Suchindex", index.Description);
            }
            // Healed: a new index on disk and health says so.
            else if (System.IO.Directory.Exists(IndexDirectory) && System.IO.Directory.GetFiles(IndexDirectory, "segments_*").Length > 0
                && deadline.Elapsed > TimeSpan.FromSeconds(1))
            {
                break;
            }
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"{what}: index not healed within 30 s (health: {index.Status} {index.Description})");
            await Task.Delay(50);
        }
        await AssertSearchFindsAsync(client, expected);
    }

    private async Task SearchOnceAsync(HttpClient client, int expected, string what)
    {
        using var response = await client.GetAsync("/api/v1/search?pageSize=100");
        _searches++;
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            _answered503++;
            Assert.NotNull(response.Headers.RetryAfter);
            return;
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            _otherErrors++;
            Assert.Fail($"{what}: search answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var result = await response.Content.ReadFromJsonAsync<MultiNodeCluster.ApiResult>();
        Assert.Equal(expected, result!.Total);
    }

    private static async Task AssertSearchFindsAsync(HttpClient client, int expected)
    {
        var result = await client.GetFromJsonAsync<MultiNodeCluster.ApiResult>("/api/v1/search?pageSize=100");
        Assert.Equal(expected, result!.Total);
    }

    private static async Task AssertFollowsChangesAsync(LotseAppFactory factory, HttpClient client, string name, int expected)
    {
        await factory.WithDbAsync(async db =>
        {
            var organization = await db.AddOrganizationAsync("Träger " + name);
            await db.AddOfferAsync(organization, name, "Ein Kurs.", ["type:beratung"], ["de"], Troisdorf);
            await db.SaveChangesAsync();
        });
        await factory.WaitForIndexAsync(TimeSpan.FromSeconds(20));
        var found = await client.GetFromJsonAsync<MultiNodeCluster.ApiResult>("/api/v1/search?pageSize=100&q=" + Uri.EscapeDataString(name));
        Assert.Contains(found!.Items, i => i.Name == name);
        await AssertSearchFindsAsync(client, expected);
    }

    private static async Task WaitForHealthyIndexAsync(HttpClient client, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var health = await FaultReport.HealthAsync(client);
            if (health.Checks["searchIndex"].Status == "Healthy")
            {
                Assert.Equal(200, health.Code);
                return;
            }
            Assert.True(clock.Elapsed < patience, $"index not Healthy within {patience.TotalSeconds} s: {health.Checks["searchIndex"].Description}");
            await Task.Delay(100);
        }
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
        }
    }
}
