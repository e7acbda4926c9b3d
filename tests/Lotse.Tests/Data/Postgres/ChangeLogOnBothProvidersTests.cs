using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Data.Postgres;

/// <summary>
/// The change log that every web node follows: sequences grow with each save, and a save that fails
/// leaves neither its changes nor their change-log rows, on both providers.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ChangeLogOnBothProvidersTests(PostgresServer server)
{
    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Each_save_gets_higher_sequences_than_the_saves_before(TestDatabase database)
    {
        using var app = server.CreateApp(database, demoData: false);
        var organization = Guid.NewGuid();
        var offers = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var saves = new List<IReadOnlyList<ChangeLogEntry>>();

        saves.Add(await SaveAsync(app, db =>
        {
            db.Organizations.Add(new Organization { Id = organization, Name = "Träger", LastModified = DateTime.UtcNow });
            foreach (var id in offers)
                db.Offers.Add(NewOffer(id, organization));
        }));
        saves.Add(await SaveAsync(app, async db => (await db.Offers.SingleAsync(o => o.Id == offers[1])).Name = "Neuer Name"));
        saves.Add(await SaveAsync(app, db => db.Schedules.Add(new Schedule
        {
            Id = Guid.NewGuid(), OfferId = offers[2], Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0),
        })));
        saves.Add(await SaveAsync(app, async db => db.Offers.Remove(await db.Offers.SingleAsync(o => o.Id == offers[0]))));

        Assert.Equal(
            offers.Select(id => ("Offer", id)).Append(("Organization", organization)).Order(),
            saves[0].Select(e => (e.EntityType, e.EntityId)).Order());
        Assert.Equal([("Offer", offers[1])], saves[1].Select(e => (e.EntityType, e.EntityId)));
        Assert.Equal([("Offer", offers[2])], saves[2].Select(e => (e.EntityType, e.EntityId)));
        Assert.Equal([("Offer", offers[0])], saves[3].Select(e => (e.EntityType, e.EntityId)));
        for (var i = 1; i < saves.Count; i++)
            Assert.True(saves[i].Min(e => e.Sequence) > saves[i - 1].Max(e => e.Sequence), $"save {i} is not after save {i - 1}");
        Assert.All(saves.SelectMany(s => s), e => Assert.Equal(DateTimeKind.Utc, e.ChangedAt.Kind));
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_failed_save_leaves_no_change_and_no_change_log_row(TestDatabase database)
    {
        using var app = server.CreateApp(database, demoData: false);
        var before = await ChangeLogAsync(app);
        var organization = Guid.NewGuid();
        var offer = Guid.NewGuid();

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(app, db =>
        {
            db.Organizations.Add(new Organization { Id = organization, Name = "Träger", LastModified = DateTime.UtcNow });
            db.Offers.Add(NewOffer(offer, organization));
            // The language code is unique: this row makes the whole save fail.
            db.Languages.Add(new Language { Id = Guid.NewGuid(), Code = "de", Name = "Deutsch (doppelt)" });
        }));

        Assert.Equal(before.Select(Row), (await ChangeLogAsync(app)).Select(Row));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            Assert.False(await db.Organizations.AnyAsync(o => o.Id == organization));
            Assert.False(await db.Offers.AnyAsync(o => o.Id == offer));
        }

        // The database is usable afterwards and the log goes on after the last committed row.
        var next = await SaveAsync(app, db => db.Organizations.Add(new Organization { Id = organization, Name = "Träger", LastModified = DateTime.UtcNow }));
        Assert.Equal([("Organization", organization)], next.Select(e => (e.EntityType, e.EntityId)));
        Assert.True(next.Single().Sequence > before.Max(e => e.Sequence));
    }

    private static (long, string, Guid, DateTime) Row(ChangeLogEntry e) => (e.Sequence, e.EntityType, e.EntityId, e.ChangedAt);

    private static Offer NewOffer(Guid id, Guid organization) => new()
    {
        Id = id, OrganizationId = organization, Name = "Angebot", Description = "Beschreibung",
        CreatedAt = DateTime.UtcNow, LastModified = DateTime.UtcNow,
    };

    private static Task<IReadOnlyList<ChangeLogEntry>> SaveAsync(LotseAppFactory app, Action<LotseDbContext> change) =>
        SaveAsync(app, db =>
        {
            change(db);
            return Task.CompletedTask;
        });

    /// <summary>Applies a change in its own scope, saves it, and returns the change-log rows the save added.</summary>
    private static async Task<IReadOnlyList<ChangeLogEntry>> SaveAsync(LotseAppFactory app, Func<LotseDbContext, Task> change)
    {
        var last = (await ChangeLogAsync(app)).Select(e => e.Sequence).DefaultIfEmpty(0).Max();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        await change(db);
        await db.SaveChangesAsync();
        return (await ChangeLogAsync(app)).Where(e => e.Sequence > last).ToList();
    }

    private static async Task<IReadOnlyList<ChangeLogEntry>> ChangeLogAsync(LotseAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return await db.ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }
}
