using System.Diagnostics;
using System.Net.Http.Json;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Search;

/// <summary>
/// Web nodes on one database, each a real app with its own data folder and index: what a county
/// runs behind a load balancer. Searches go over HTTP to one node, writes through another.
/// </summary>
public sealed class MultiNodeCluster : IAsyncDisposable
{
    private readonly Dictionary<LotseAppFactory, HttpClient> _clients = new();

    private readonly bool _ownsA;

    private MultiNodeCluster(LotseAppFactory first, LotseAppFactory second, bool ownsFirst)
    {
        A = first;
        B = second;
        _ownsA = ownsFirst;
    }

    public LotseAppFactory A { get; }
    public LotseAppFactory B { get; }
    public IEnumerable<LotseAppFactory> Nodes => [A, B];

    /// <summary>Two nodes on a fresh database of the provider, both with their index built and current.</summary>
    public static Task<MultiNodeCluster> StartAsync(PostgresServer server, TestDatabase database) =>
        StartAsync(new MultiNodeCluster(server.CreateApp(database, demoData: false), server, ownsFirst: true));

    /// <summary>A second node beside a running app, which stays the caller's to dispose.</summary>
    public static Task<MultiNodeCluster> StartAsync(PostgresServer server, LotseAppFactory first) =>
        StartAsync(new MultiNodeCluster(first, server, ownsFirst: false));

    private MultiNodeCluster(LotseAppFactory first, PostgresServer server, bool ownsFirst)
        : this(first, server.CreateAppOnSameDatabase(first, demoData: false), ownsFirst)
    {
    }

    private static async Task<MultiNodeCluster> StartAsync(MultiNodeCluster cluster)
    {
        try
        {
            foreach (var node in cluster.Nodes)
            {
                cluster._clients[node] = node.CreateClient();
                // A running first node may hold its applied sequence below an open transaction of the test.
                if (node == cluster.B || cluster._ownsA)
                    await node.WaitForIndexAsync();
            }
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public sealed record ApiHit(Guid Id, string Name);

    public sealed record ApiResult(int Total, IReadOnlyList<ApiHit> Items);

    /// <summary><c>GET /api/v1/search</c> on a node, with as many hits on one page as the API allows.</summary>
    public async Task<ApiResult> SearchAsync(LotseAppFactory node, string? text)
    {
        var url = "/api/v1/search?pageSize=100" + (text is null ? "" : "&q=" + Uri.EscapeDataString(text));
        return await _clients[node].GetFromJsonAsync<ApiResult>(url) ?? throw new InvalidOperationException("empty response");
    }

    /// <summary>Searches a node over HTTP until <paramref name="done"/> holds and returns how long that took; fails after <paramref name="patience"/>.</summary>
    public async Task<TimeSpan> SearchUntilAsync(LotseAppFactory node, string? text, Func<ApiResult, bool> done, TimeSpan patience, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var result = await SearchAsync(node, text);
            if (done(result))
                return clock.Elapsed;
            Assert.True(clock.Elapsed < patience,
                $"{what}: not seen within {patience.TotalSeconds} s (search \"{text}\" shows {result.Total}: {string.Join(", ", result.Items.Select(i => i.Name))})");
            await Task.Delay(20);
        }
    }

    /// <summary>A published offer (unless a status is given) of its own organization, not yet saved.</summary>
    public static Offer NewOffer(LotseDbContext db, string name, OfferStatus status = OfferStatus.Published)
    {
        var organization = new Organization { Id = Guid.NewGuid(), Name = "Testträger", LastModified = DateTime.UtcNow };
        var offer = new Offer
        {
            Id = Guid.NewGuid(),
            Organization = organization,
            Name = name,
            Description = "Ein Angebot, das ein Test auf einem der Knoten angelegt hat.",
            Status = status,
            CreatedAt = DateTime.UtcNow,
            LastModified = DateTime.UtcNow,
        };
        db.Offers.Add(offer);
        return offer;
    }

    /// <summary>
    /// A word no other offer holds and that no typo correction confuses with another such word:
    /// letters only, so the analyser keeps it whole.
    /// </summary>
    public static string UniqueWord(string prefix) =>
        prefix + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
        // The second node leaves the database in place; the first drops it, so it goes last.
        await B.DisposeAsync();
        if (_ownsA)
            await A.DisposeAsync();
    }
}
