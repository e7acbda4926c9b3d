using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Data.Postgres;

/// <summary>An offer with all its parts reads back exactly as written, on both providers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OfferRoundTripTests(PostgresServer server)
{
    // Umlauts, ß, emoji with modifiers and joiners, right-to-left scripts, combining marks, quotes and wildcards.
    private const string Text = "Beratung für Geflüchtete – Größe, Straße, ÄÖÜ äöü ß ẞ 👋🏽 👨‍👩‍👧 🇩🇪 " +
        "استشارة للاجئين مشاوره برای پناهندگان e\u0301 'x' \"y\" \\ % _ \r\n\tEnde ";

    private static readonly DateTime Created = new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc).AddTicks(1_234_560);

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Offer_with_all_children_reads_back_as_written(TestDatabase database)
    {
        using var app = server.CreateApp(database, demoData: false);
        var offer = await SaveOfferAsync(app);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var read = await db.Offers.AsNoTracking().AsSplitQuery()
            .Include(o => o.Organization).Include(o => o.Terms).Include(o => o.Languages)
            .Include(o => o.Locations).Include(o => o.Contacts).Include(o => o.Schedules).Include(o => o.CostOptions)
            .SingleAsync(o => o.Id == offer.Id);

        Assert.Equal(Scalars(offer), Scalars(read));
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, read.LastModified.Kind);
        Assert.Equal(Created, read.CreatedAt);
        Assert.Equal(Text, read.Organization.Name);
        Assert.Equal(offer.Terms.Select(t => t.Id).Order(), read.Terms.Select(t => t.Id).Order());
        Assert.Equal(offer.Languages.Select(l => l.Id).Order(), read.Languages.Select(l => l.Id).Order());
        Assert.Equal(offer.Locations.OrderBy(x => x.Id).Select(Location), read.Locations.OrderBy(x => x.Id).Select(Location));
        Assert.Equal(offer.Contacts.OrderBy(x => x.Id).Select(Contact), read.Contacts.OrderBy(x => x.Id).Select(Contact));
        Assert.Equal(offer.Schedules.OrderBy(x => x.Id).Select(Schedule), read.Schedules.OrderBy(x => x.Id).Select(Schedule));
        Assert.Equal(offer.CostOptions.OrderBy(x => x.Id).Select(Cost), read.CostOptions.OrderBy(x => x.Id).Select(Cost));
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Enums_are_stored_as_their_names(TestDatabase database)
    {
        using var app = server.CreateApp(database, demoData: false);
        await SaveOfferAsync(app);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        Assert.Equal(["Published"], await db.Database.SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM \"Offers\"").ToListAsync());
        Assert.Equal(["Saturday", "Sunday"],
            (await db.Database.SqlQuery<string>($"SELECT \"Weekday\" AS \"Value\" FROM \"Schedules\"").ToListAsync()).Order());
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Times_without_a_kind_are_stored_as_utc_to_the_microsecond(TestDatabase database)
    {
        using var app = server.CreateApp(database, demoData: false);
        var unspecified = new DateTime(2027, 1, 2, 3, 4, 5, DateTimeKind.Unspecified).AddTicks(1_234_567);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            db.Organizations.Add(new Organization { Id = Guid.NewGuid(), Name = "Träger", LastModified = unspecified });
            await db.SaveChangesAsync();
        }

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var read = await db.Organizations.AsNoTracking().SingleAsync();
            Assert.Equal(DateTimeKind.Utc, read.LastModified.Kind);
            Assert.Equal(new DateTime(2027, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_560), read.LastModified);
        }
    }

    private static async Task<Offer> SaveOfferAsync(LotseAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var troisdorf = await db.Municipalities.SingleAsync(m => m.Code == "05382068");
        var terms = await db.TaxonomyTerms.Where(t => t.Code == "beratung" || t.Code == "gefluechtete").ToListAsync();
        var languages = await db.Languages.Where(l => l.Code == "de" || l.Code == "ar" || l.Code == "tr").ToListAsync();
        Assert.Equal(2, terms.Count);
        Assert.Equal(3, languages.Count);

        var organization = new Organization
        {
            Id = Guid.NewGuid(), Name = Text, MunicipalityId = troisdorf.Id, LastModified = Created,
        };
        var offer = new Offer
        {
            Id = Guid.NewGuid(),
            Organization = organization,
            Name = Text,
            AlternateName = "مرحبا 👋",
            Description = "# Überschrift\n\n" + string.Concat(Enumerable.Repeat(Text, 50)),
            Url = "https://example.org/ä?x=1&y=2",
            Email = "beratung@example.org",
            Phone = "+49 2241 13-0",
            Status = OfferStatus.Published,
            FeesDescription = "Kostenlos für Geflüchtete, sonst 12,50 €",
            EligibilityDescription = Text,
            ApplicationProcess = Text,
            MinimumAge = 0,
            MaximumAge = int.MaxValue,
            MunicipalityId = troisdorf.Id,
            StartsOn = new DateOnly(2027, 2, 28),
            EndsOn = DateOnly.MaxValue,
            LastVerified = new DateOnly(2024, 2, 29),
            CreatedAt = Created,
            LastModified = Created.AddDays(1),
            IsExample = true,
        };
        foreach (var term in terms)
            offer.Terms.Add(term);
        foreach (var language in languages)
            offer.Languages.Add(language);
        offer.Locations.Add(new Location
        {
            Id = Guid.NewGuid(), Organization = organization, Name = "Rathaus, Raum 1.04 ♿", Street = "Kölner Straße 176",
            PostalCode = "53840", City = "Troisdorf", MunicipalityId = troisdorf.Id,
            Latitude = 50.80901234567891, Longitude = 7.1556712345678, Transportation = "Bus 501 – Haltestelle „Rathaus“",
            AccessibilityDescription = "Stufenloser Zugang, Aufzug", AccessibilityDetails = Text,
        });
        offer.Contacts.Add(new Contact
        {
            Id = Guid.NewGuid(), Name = "Ayşe Öztürk-Ğüneş", Title = "Dr.", Department = "Integration",
            Email = "a.oeztuerk@example.org", Phone = "02241 900-0", ConsentGivenOn = new DateOnly(2025, 12, 31), ConsentScope = Text,
        });
        offer.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "محمد رضا" });
        offer.Schedules.Add(new Schedule
        {
            Id = Guid.NewGuid(), Weekday = DayOfWeek.Sunday, OpensAt = new TimeOnly(0, 0), ClosesAt = new TimeOnly(23, 59, 59, 999, 999),
            Note = "nur nach Terminvereinbarung",
        });
        offer.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Saturday, OpensAt = new TimeOnly(9, 30), ClosesAt = new TimeOnly(12, 15, 30) });
        offer.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "Kursgebühr je Modul", Amount = 12.50m, AmountDescription = Text });
        offer.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "Höchstbetrag", Amount = 99_999_999.99m });
        offer.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "Cent", Amount = 0.01m, Currency = "USD" });
        offer.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "Erstattung", Amount = -1234.56m });
        offer.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "ohne Betrag" });

        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer;
    }

    private static object Scalars(Offer o) => new
    {
        o.Id, o.OrganizationId, o.Name, o.AlternateName, o.Description, o.Url, o.Email, o.Phone, o.Status, o.FeesDescription,
        o.IsFree, o.EligibilityDescription, o.ApplicationProcess, o.MinimumAge, o.MaximumAge, o.MunicipalityId,
        o.StartsOn, o.EndsOn, o.LastVerified, o.CreatedAt, o.LastModified, o.IsExample,
    };

    private static object Location(Location l) => new
    {
        l.Id, l.OrganizationId, l.Name, l.Street, l.PostalCode, l.City, l.MunicipalityId, l.Latitude, l.Longitude,
        l.Transportation, l.AccessibilityDescription, l.AccessibilityDetails, l.IsExample,
    };

    private static object Contact(Contact c) => new { c.Id, c.Name, c.Title, c.Department, c.Email, c.Phone, c.ConsentGivenOn, c.ConsentScope };

    private static object Schedule(Schedule s) => new { s.Id, s.Weekday, s.OpensAt, s.ClosesAt, s.Note };

    // decimal equality is by value: SQLite returns 12.5 for 12.50, PostgreSQL's numeric(10,2) keeps 12.50.
    private static object Cost(CostOption c) => new { c.Id, c.Option, c.Amount, c.Currency, c.AmountDescription };
}
