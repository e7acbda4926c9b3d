using System.Text.RegularExpressions;
using Lotse.Data;
using Lotse.Data.Seed;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Data;

/// <summary>The demo directory a new installation starts with: read-only checks on one shared demo app.</summary>
public sealed partial class DemoDataTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private static readonly DateOnly ReferenceDate = new(2026, 10, 1);

    // Bundesnetzagentur, "Drama Numbers" for media productions: 1000 numbers in each of five local networks.
    [GeneratedRegex(@"^(030 ?23125|069 ?90009|040 ?66969|0221 ?4710|089 ?99998)[ -]?\d{3}$")]
    private static partial Regex ReservedPhoneNumber();

    [Fact]
    public async Task At_least_150_fictional_offers_are_published()
    {
        await using var scope = Scope(out var db);
        var published = await db.Offers.CountAsync(o => o.IsExample && o.Status == OfferStatus.Published);
        Assert.True(published >= 150, $"{published} published example offers");
    }

    [Fact]
    public async Task Published_offers_cover_every_municipality_topic_type_and_audience_several_times()
    {
        await using var scope = Scope(out var db);
        var published = await PublishedExampleOffers(db);

        foreach (var municipality in await db.Municipalities.ToListAsync())
        {
            var count = published.Count(o => o.MunicipalityId == municipality.Id);
            Assert.True(count >= 5, $"{municipality.Name}: {count} published offers");
        }
        foreach (var term in await db.TaxonomyTerms.Include(t => t.Taxonomy).ToListAsync())
        {
            var count = published.Count(o => o.Terms.Any(t => t.Id == term.Id));
            Assert.True(count >= 3, $"{term.Taxonomy.Code} {term.Code}: {count} published offers");
        }
    }

    [Fact]
    public async Task Published_offers_are_delivered_in_at_least_ten_languages_mostly_German_plus_one_or_two()
    {
        await using var scope = Scope(out var db);
        var published = await PublishedExampleOffers(db);

        var languages = published.SelectMany(o => o.Languages).Select(l => l.Code).Distinct().ToList();
        Assert.True(languages.Count >= 10, "languages: " + string.Join(", ", languages));
        Assert.All(published, o => Assert.Contains(o.Languages, l => l.Code == "de"));
        var germanPlusFew = published.Count(o => o.Languages.Count is 2 or 3);
        Assert.True(germanPlusFew > published.Count / 2, $"{germanPlusFew} of {published.Count} offers in German plus one or two languages");
    }

    [Fact]
    public async Task About_nine_in_ten_offers_are_published_and_every_other_state_occurs()
    {
        await using var scope = Scope(out var db);
        var states = await db.Offers.Where(o => o.IsExample).GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var total = states.Sum(s => s.Count);

        foreach (var state in Enum.GetValues<OfferStatus>())
            Assert.Contains(states, s => s.Key == state && s.Count > 0);
        var share = (double)states.Single(s => s.Key == OfferStatus.Published).Count / total;
        Assert.InRange(share, 0.85, 0.95);
    }

    [Fact]
    public async Task Fictional_phones_are_reserved_drama_numbers_and_addresses_use_example_domains()
    {
        await using var scope = Scope(out var db);
        var organizations = await db.Organizations.Where(o => o.IsExample).ToListAsync();
        var offers = await db.Offers.Where(o => o.IsExample).Include(o => o.Contacts).ToListAsync();
        var contacts = offers.SelectMany(o => o.Contacts).ToList();

        var phones = organizations.Select(o => o.Phone).Concat(offers.Select(o => o.Phone)).Concat(contacts.Select(c => c.Phone)).ToList();
        var emails = organizations.Select(o => o.Email).Concat(offers.Select(o => o.Email)).Concat(contacts.Select(c => c.Email)).ToList();
        var urls = organizations.Select(o => o.Website).Concat(offers.Select(o => o.Url)).ToList();

        Assert.NotEmpty(contacts);
        Assert.All(phones, p => Assert.Matches(ReservedPhoneNumber(), p ?? ""));
        Assert.All(emails, e => Assert.EndsWith(".example", new System.Net.Mail.MailAddress(e!).Host));
        Assert.All(urls, u => Assert.EndsWith(".example", new Uri(u!).Host));
    }

    [Fact]
    public async Task Fictional_places_are_marked_as_examples_and_lie_near_their_town()
    {
        await using var scope = Scope(out var db);
        var offers = await db.Offers.Where(o => o.IsExample).Include(o => o.Organization).Include(o => o.Locations).ThenInclude(l => l.Municipality).ToListAsync();

        Assert.All(offers, o => Assert.True(o.Organization.IsExample, o.Organization.Name));
        var locations = offers.SelectMany(o => o.Locations).Distinct().ToList();
        Assert.All(offers, o => Assert.NotEmpty(o.Locations));
        Assert.All(locations, l =>
        {
            Assert.True(l.IsExample, l.Name);
            Assert.False(string.IsNullOrWhiteSpace(l.Street));
            Assert.False(string.IsNullOrWhiteSpace(l.AccessibilityDescription));
            Assert.InRange(l.Latitude!.Value, l.Municipality!.Latitude - 0.02, l.Municipality.Latitude + 0.02);
            Assert.InRange(l.Longitude!.Value, l.Municipality.Longitude - 0.02, l.Municipality.Longitude + 0.02);
        });
        Assert.Contains(locations, l => l.AccessibilityDescription!.StartsWith("Nicht barrierefrei", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Most_contacts_have_recorded_consent_and_some_offers_name_nobody()
    {
        await using var scope = Scope(out var db);
        var offers = await db.Offers.Where(o => o.IsExample).Include(o => o.Contacts).ToListAsync();
        var contacts = offers.SelectMany(o => o.Contacts).ToList();

        Assert.Contains(offers, o => o.Contacts.Count == 0);
        Assert.Contains(contacts, c => !c.MayBePublished);
        Assert.True(contacts.Count(c => c.MayBePublished) > contacts.Count * 3 / 4);
        Assert.All(contacts.Where(c => c.MayBePublished), c => Assert.False(string.IsNullOrWhiteSpace(c.ConsentScope)));
    }

    [Fact]
    public async Task Example_offers_carry_what_an_offer_page_shows()
    {
        await using var scope = Scope(out var db);
        var offers = await db.Offers.Where(o => o.IsExample)
            .Include(o => o.Schedules).Include(o => o.CostOptions).Include(o => o.Terms).ThenInclude(t => t.Taxonomy)
            .ToListAsync();

        Assert.All(offers, o =>
        {
            Assert.True(o.Description.Length > 150, o.Name);
            Assert.NotNull(o.LastVerified);
            Assert.InRange(o.LastVerified!.Value, ReferenceDate.AddMonths(-24), ReferenceDate);
            Assert.All(o.Schedules, s => Assert.True(s.ClosesAt > s.OpensAt));
            Assert.True(o.EndsOn is null || o.EndsOn >= o.StartsOn);
        });
        Assert.Contains(offers, o => o.LastVerified < ReferenceDate.AddMonths(-12));
        Assert.Contains(offers, o => o.StartsOn is not null);
        Assert.Contains(offers, o => o.Schedules.Count > 0);
        Assert.Contains(offers, o => o.IsFree);
        Assert.Contains(offers, o => o.CostOptions.Any(c => c.Amount == 1.95m));
        Assert.Contains(offers, o => o.Description.Contains("\n- ", StringComparison.Ordinal));
        Assert.Equal(offers.Count, offers.Select(o => (o.MunicipalityId, o.Name)).Distinct().Count());

        var published = offers.Where(o => o.Status == OfferStatus.Published).ToList();
        Assert.True(published.Count(o => o.Description.Contains("Sprachkurs", StringComparison.Ordinal) || o.Name.Contains("Sprachkurs", StringComparison.Ordinal)) >= 5);
        Assert.True(published.Count(o => o.Terms.Any(t => t.Taxonomy.Code == TaxonomyCodes.OfferType && t.Code == "beratung")) >= 10);
    }

    [Fact]
    public async Task The_real_actors_of_2013_are_organizations_without_invented_contact_data()
    {
        await using var scope = Scope(out var db);
        var real = await db.Organizations.Include(o => o.Municipality).Include(o => o.Locations).Where(o => !o.IsExample).ToListAsync();
        // The network adds the 19 municipalities themselves as actors (type kommune), with their names only.
        var municipalities = real.Where(o => o.ActorType == "kommune").ToList();
        var organizations = real.Except(municipalities).ToList();
        Assert.Equal(19, municipalities.Count);
        Assert.Equal(19, municipalities.Select(m => m.MunicipalityId).Distinct().Count());
        Assert.All(municipalities, m => Assert.True(m.Phone is null && m.Email is null && m.Website is null && m.Locations.Count == 0, m.Name));

        var rows = ReferenceDataSeeder.Read("akteure-2013.csv").ToList();
        Assert.Equal(rows.Count, organizations.Count);
        foreach (var row in rows)
        {
            var actor = Assert.Single(organizations, o => o.Name == row["name"]);
            Assert.Equal(row["typ"], actor.ActorType);
            Assert.Equal(row["rolle_laut_quelle"], actor.Description);
            Assert.Equal(row["kommune"], actor.Municipality?.Name ?? "");
            Assert.Null(actor.Phone);
            Assert.Null(actor.Email);
            Assert.Null(actor.Website);
            Assert.Empty(actor.Locations);
        }
    }

    [Theory]
    [InlineData("MiMi – Mit Migranten für Migranten", "Diakonie (Diakonisches Werk)", "Siegburg", "gesundheit")]
    [InlineData("Bauwagen für Jungenarbeit", "Haus International", "Troisdorf", "bildung")]
    [InlineData("Maßnahmenreihe gegen Zwangsverheiratung", "Haus International", "Troisdorf", "soziales")]
    [InlineData("Gesundheitsförderung für Migrantinnen", "Pro Familia", "Siegburg", "gesundheit")]
    [InlineData("Filmfestival Nahaufnahme", "Kultur- und Sportamt -41-", "Siegburg", "kultur")]
    [InlineData("Lizenzübergabe für Übungsleiterinnen im Sport", "Kreissportbund Rhein-Sieg (KSB)", "Siegburg", "sport")]
    [InlineData("Einbürgerungsfeiern", "Neubürgerbeauftragter des Rhein-Sieg-Kreises", "Siegburg", "aufenthalt")]
    [InlineData("Autorenlesung", "Fachstelle Integration (Kreissozialamt -50-)", "Siegburg", "kultur")]
    public async Task A_real_project_of_2013_is_a_published_project_of_its_partner(string name, string organization, string municipality, string topic)
    {
        await using var scope = Scope(out var db);
        var offer = await db.Offers.Include(o => o.Organization).Include(o => o.Municipality).Include(o => o.Terms).ThenInclude(t => t.Taxonomy).Include(o => o.Contacts).Include(o => o.Locations)
            .SingleAsync(o => o.Name == name);

        Assert.False(offer.IsExample);
        Assert.Equal(OfferStatus.Published, offer.Status);
        Assert.Equal(organization, offer.Organization.Name);
        Assert.Equal(municipality, offer.Municipality?.Name);
        Assert.Contains(offer.Terms, t => t.Taxonomy.Code == TaxonomyCodes.OfferType && t.Code == "projekt");
        Assert.Contains(offer.Terms, t => t.Taxonomy.Code == TaxonomyCodes.Topic && t.Code == topic);
        Assert.Contains(offer.Terms, t => t.Taxonomy.Code == TaxonomyCodes.Audience);
        Assert.Contains("2013", offer.Description, StringComparison.Ordinal);
        Assert.Empty(offer.Contacts);
        Assert.Empty(offer.Locations);
    }

    [Fact]
    public async Task Every_real_project_of_2013_is_present()
    {
        await using var scope = Scope(out var db);
        var names = await db.Offers.Where(o => !o.IsExample).Select(o => o.Name).ToListAsync();

        Assert.Equal(ReferenceDataSeeder.Read("projekte-2013.csv").Select(r => r["name"]).Order(), names.Order());
    }

    private AsyncServiceScope Scope(out LotseDbContext db)
    {
        var scope = fixture.Factory.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return scope;
    }

    private static Task<List<Offer>> PublishedExampleOffers(LotseDbContext db) =>
        db.Offers.Where(o => o.IsExample && o.Status == OfferStatus.Published)
            .Include(o => o.Terms).Include(o => o.Languages)
            .AsSplitQuery().ToListAsync();
}
