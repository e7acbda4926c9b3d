using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Faults.Infra;

/// <summary>
/// PostgreSQL restarted under load (LOTSE_FAULT_PG_RESTARTS times, default 2): while it is down, requests that need
/// the database answer 503 at once (German page, Retry-After) and /health says the database is Unhealthy; every
/// save either committed whole (offer, organization and their change-log rows) or not at all; and without a
/// restart of Lotse the service resumes once PostgreSQL is back.
/// </summary>
public sealed class PostgresRestartTests : IDisposable
{
    // Npgsql would hold a request up to its 15 s default connect timeout; Lotse gives up after 3 s (refused
    // connections fail at once). The margin is for a loaded 2-core CI machine.
    private static readonly TimeSpan FastEnough = TimeSpan.FromSeconds(6);
    private readonly PostgresServer _server = new();
    private PostgresAppFactory? _factory;

    public void Dispose()
    {
        // Pooled connections from before the restarts are dead: dropping the database needs fresh ones.
        Npgsql.NpgsqlConnection.ClearAllPools();
        _factory?.Dispose();
        _server.Dispose();
    }

    [SkippableFact]
    public async Task Requests_fail_fast_with_503_while_PostgreSQL_restarts_and_resume_by_themselves()
    {
        _server.SkipIfUnavailable();
        var restarts = int.TryParse(Environment.GetEnvironmentVariable("LOTSE_FAULT_PG_RESTARTS"), out var n) && n > 0 ? n : 2;
        var clock = Stopwatch.StartNew();
        var factory = _factory = new PostgresAppFactory(_server, demoData: false);
        var offer = await TestOffers.AddAsync(factory);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/de/angebote/{offer.Id}")).StatusCode);

        var requests = 0;
        var unavailable = 0;
        var slowest503 = TimeSpan.Zero;
        var errors = new ConcurrentQueue<string>();
        var committed = new ConcurrentBag<Guid>();
        var attempted = new ConcurrentBag<Guid>();
        using var stop = new CancellationTokenSource();

        async Task ReadLoopAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.StartNew();
                using var response = await client.GetAsync($"/de/angebote/{offer.Id}");
                var body = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref requests);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Interlocked.Increment(ref unavailable);
                    lock (errors)
                        slowest503 = started.Elapsed > slowest503 ? started.Elapsed : slowest503;
                    if (response.Headers.RetryAfter is null || !body.Contains("kurz nicht erreichbar"))
                        errors.Enqueue($"503 without Retry-After or German text: {body[..Math.Min(300, body.Length)]}");
                }
                else if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors.Enqueue($"offer page answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
                }
                await Task.Delay(20);
            }
        }

        async Task SaveLoopAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var id = Guid.NewGuid();
                attempted.Add(id);
                try
                {
                    await using var scope = factory.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
                    var municipality = await db.Municipalities.Select(m => m.Id).FirstAsync();
                    var organization = new Organization { Id = Guid.NewGuid(), Name = "Träger " + id.ToString("N")[..8], MunicipalityId = municipality };
                    db.Offers.Add(new Offer
                    {
                        Id = id, Organization = organization, Name = "Lastangebot " + id.ToString("N")[..8], Description = "Unter Last gespeichert.",
                        Status = OfferStatus.Published, MunicipalityId = municipality, CreatedAt = DateTime.UtcNow, LastModified = DateTime.UtcNow,
                    });
                    await db.SaveChangesAsync();
                    committed.Add(id);
                }
                catch (Exception ex) when (Lotse.Features.Operations.StorageFaults.IsDatabaseUnavailable(ex))
                {
                    // Refused while the database is away: the outcome is checked below.
                }
                await Task.Delay(30);
            }
        }

        var load = new List<Task> { ReadLoopAsync(), ReadLoopAsync(), SaveLoopAsync(), SaveLoopAsync() };
        var sawUnhealthy = 0;
        for (var restart = 0; restart < restarts; restart++)
        {
            await Task.Delay(700);
            _server.Stop();
            var down = Stopwatch.StartNew();
            while (down.Elapsed < TimeSpan.FromSeconds(2))
            {
                var health = await FaultReport.HealthAsync(client);
                if (health.Code == 503 && health.Checks["database"].Status == "Unhealthy")
                    sawUnhealthy++;
                await Task.Delay(200);
            }
            _server.StartAgain();
            await WaitForAsync(async () => (await client.GetAsync($"/de/angebote/{offer.Id}")).StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(20), "offer page back after the restart");
        }
        await Task.Delay(500);
        stop.Cancel();
        await Task.WhenAll(load);

        // Health is back without a restart of Lotse.
        await WaitForAsync(async () => (await FaultReport.HealthAsync(client)).Checks["database"].Status == "Healthy",
            TimeSpan.FromSeconds(20), "database Healthy again");

        // Nothing half-written: each attempted save is there whole (offer, organization, change-log rows) or not at all.
        var halfWritten = 0;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var ids = attempted.ToList();
            var offers = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.OrganizationId }).ToListAsync();
            var organizationIds = offers.Select(o => o.OrganizationId).ToList();
            var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync();
            var logged = await db.ChangeLog.AsNoTracking().Where(c => ids.Contains(c.EntityId) || organizationIds.Contains(c.EntityId))
                .Select(c => c.EntityId).Distinct().ToListAsync();
            foreach (var saved in offers)
            {
                if (!organizations.Contains(saved.OrganizationId) || !logged.Contains(saved.Id) || !logged.Contains(saved.OrganizationId))
                    halfWritten++;
            }
            var orphans = await db.Organizations.AsNoTracking().CountAsync(o => o.Name.StartsWith("Träger ") && !db.Offers.Any(x => x.OrganizationId == o.Id));
            halfWritten += orphans;
            var lost = committed.Except(offers.Select(o => o.Id)).Count();
            Assert.True(lost == 0, $"{lost} saves reported as committed are missing");
        }

        var summary = $"faults/postgres-restart: {restarts} restarts, {requests} requests, {unavailable} answered 503 in ≤ {slowest503.TotalSeconds:F1} s, " +
            $"{errors.Count} other errors, {halfWritten} half-written, {committed.Count}/{attempted.Count} saves committed, {clock.Elapsed.TotalSeconds:F0} s";
        FaultReport.Append(summary);
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(5)));
        Assert.Equal(0, halfWritten);
        Assert.True(unavailable > 0, "no request hit the database while it was down: " + summary);
        Assert.True(slowest503 <= FastEnough, "a 503 took too long: " + summary);
        Assert.True(sawUnhealthy > 0, "/health never reported the database Unhealthy while it was down");
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan patience, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < patience, $"{what}: not within {patience.TotalSeconds} s");
            await Task.Delay(100);
        }
    }
}
