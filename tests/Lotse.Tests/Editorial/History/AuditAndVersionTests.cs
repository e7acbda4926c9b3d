using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.History;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.History;

/// <summary>What every save through EF leaves behind: audit rows per field and a version per changed offer.</summary>
public sealed class AuditAndVersionTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_changed_offer_gets_an_audit_row_per_field_with_old_and_new_value()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => { o.Name = "Sprachcafé Troisdorf"; o.MinimumAge = 16; o.LastModified = DateTime.UtcNow; });

        var rows = await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries
            .Where(a => a.EntityId == offer.Id && a.Action == AuditAction.Updated).ToListAsync());
        var name = Assert.Single(rows, r => r.Field == "Name");
        Assert.Equal(("Testangebot", "Sprachcafé Troisdorf"), (name.OldValue, name.NewValue));
        var age = Assert.Single(rows, r => r.Field == "MinimumAge");
        Assert.Equal((null, "16"), (age.OldValue, age.NewValue));
        // Stamps and timestamps change on every save: not worth a row.
        Assert.DoesNotContain(rows, r => r.Field is "ConcurrencyStamp" or "LastModified");
        Assert.Equal("System", name.ActorName);
    }

    [Fact]
    public async Task Audit_rows_commit_and_roll_back_with_the_change()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tracked = await db.Offers.SingleAsync(o => o.Id == offer.Id);
            tracked.Name = "Zurückgerollt";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Assert.False(await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.AnyAsync(a => a.NewValue == "Zurückgerollt")));

        // A save that fails (someone else saved first) writes no audit row; the retry writes exactly one.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var tracked = await db.Offers.SingleAsync(o => o.Id == offer.Id);
            var stamp = tracked.ConcurrencyStamp;
            db.Entry(tracked).Property(o => o.ConcurrencyStamp).OriginalValue = Guid.NewGuid();
            tracked.Name = "Gescheitert";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
            Assert.False(await HistoryTestData.QueryAsync(_factory, d => d.AuditEntries.AnyAsync(a => a.NewValue == "Gescheitert")));

            db.Entry(tracked).Property(o => o.ConcurrencyStamp).OriginalValue = stamp;
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.CountAsync(a => a.NewValue == "Gescheitert")));
    }

    [Fact]
    public async Task The_actor_declared_by_a_command_is_written_into_audit_and_version()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ICurrentActor>().Set(null, "Import Caritas 2026", ActorSources.Import);
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            (await db.Offers.SingleAsync(o => o.Id == offer.Id)).Description = "Aus dem Import.";
            await db.SaveChangesAsync();
        }
        var audit = await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.SingleAsync(a => a.EntityId == offer.Id && a.Field == "Description" && a.Action == AuditAction.Updated));
        Assert.Equal(("Import Caritas 2026", "Import"), (audit.ActorName, audit.Source));
        var version = await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.SingleAsync(v => v.OfferId == offer.Id && v.Number == 2));
        Assert.Equal(("Import Caritas 2026", "Import"), (version.ActorName, version.Source));
    }

    [Fact]
    public async Task Each_save_that_changes_an_offer_is_a_version_and_an_identical_save_is_not()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Name = "Zweite Fassung");
        // Confirming freshness is no change of content.
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.LastVerified = new DateOnly(2026, 11, 1));
        // A term added through the join table is a change of the offer.
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, db) => o.Terms.Add(db.TaxonomyTerms.OrderBy(t => t.Code).First()));

        var versions = await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.Where(v => v.OfferId == offer.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal("Testangebot", OfferSnapshot.FromJson(versions[0].SnapshotJson).Name);
        Assert.Equal("Zweite Fassung", OfferSnapshot.FromJson(versions[1].SnapshotJson).Name);
        Assert.Single(OfferSnapshot.FromJson(versions[2].SnapshotJson).TermIds);
        var link = await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.SingleAsync(a => a.EntityId == offer.Id && a.Field == "Terms"));
        Assert.NotNull(link.NewValue);
        Assert.False(Guid.TryParse(link.NewValue, out _), "the term's label, not its id");
    }

    [Fact]
    public async Task A_contact_change_is_audited_under_its_offer_without_a_new_version()
    {
        var offer = await TestOffers.AddAsync(_factory, (o, _) => o.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "Erika Muster", Email = "erika@example.org" }));
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, db) => db.Contacts.Single(c => c.OfferId == o.Id).Phone = "02241 123");

        var row = await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.SingleAsync(a => a.EntityType == "Contact" && a.Field == "Phone"));
        Assert.Equal((offer.Id, "02241 123"), (row.OfferId!.Value, row.NewValue!));
        Assert.Equal(1, await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.CountAsync(v => v.OfferId == offer.Id)));
    }

    [Fact]
    public async Task A_save_of_more_offers_than_one_query_reads_gives_each_offer_its_version()
    {
        // An import saves thousands of offers at once; the versions are read in chunks of 500.
        const int count = 1_201;
        var ids = new List<Guid>();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var organization = new Organization { Id = Guid.NewGuid(), Name = "Massenträger" };
            db.Organizations.Add(organization);
            for (var i = 0; i < count; i++)
            {
                var offer = new Offer { Id = Guid.NewGuid(), Organization = organization, Name = $"Angebot {i}", Description = "",
                    Status = OfferStatus.Published, CreatedAt = DateTime.UtcNow, LastModified = DateTime.UtcNow };
                db.Offers.Add(offer);
                ids.Add(offer.Id);
            }
            await db.SaveChangesAsync();
        }
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            foreach (var offer in await db.Offers.Where(o => o.Organization.Name == "Massenträger").ToListAsync())
                offer.Name += " neu";
            await db.SaveChangesAsync();
        }

        var versions = await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.Where(v => db.Offers.Any(o => o.Id == v.OfferId && o.Organization.Name == "Massenträger"))
            .Select(v => new { v.OfferId, v.Number, v.SnapshotJson }).ToListAsync());
        Assert.Equal(ids.Order(), versions.Select(v => v.OfferId).Distinct().Order());
        Assert.All(versions.GroupBy(v => v.OfferId), g => Assert.Equal([1, 2], g.Select(v => v.Number).Order()));
        Assert.All(versions.Where(v => v.Number == 2), v => Assert.EndsWith(" neu", OfferSnapshot.FromJson(v.SnapshotJson).Name));
    }
}
