using System.Text.Json;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.OpenData.Hsds;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>How one offer of a test's own appears in HSDS: the fields a consumer relies on, and no personal data without consent.</summary>
public sealed class HsdsMappingTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(HsdsTables Tables, Offer Offer)> ExportOneAsync(OfferStatus status = OfferStatus.Published)
    {
        var offer = await TestOffers.AddAsync(_factory, (o, db) =>
        {
            o.Name = "Sprachcafé am Markt";
            o.Url = "www.sprachcafe.example";
            o.LastVerified = new DateOnly(2026, 3, 1);
            o.IsFree = true;
            o.StartsOn = new DateOnly(2026, 9, 1);
            o.EndsOn = new DateOnly(2026, 12, 18);
            o.Terms.Add(TestOffers.TermAsync(db, TaxonomyCodes.Topic, "sprache").Result);
            o.Languages.Add(db.Languages.Single(l => l.Code == "ar"));
            o.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Tuesday, OpensAt = new TimeOnly(9, 30), ClosesAt = new TimeOnly(11, 0) });
            o.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "Material", Amount = 12.50m });
            o.Locations.Add(new Location
            {
                Id = Guid.NewGuid(), Name = "Bürgerhaus", Street = "Markt 1", PostalCode = "53840",
                MunicipalityId = db.Municipalities.Single(m => m.Code == "05382068").Id, Latitude = 50.81, Longitude = 7.15,
            });
            o.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "Frau Öffentlich", Phone = "02241 1", ConsentGivenOn = new DateOnly(2026, 1, 5), ConsentScope = "Name und Telefon" });
            o.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "Herr Ohne Einwilligung", Email = "geheim@example.org", Phone = "02241 2" });
        }, status);
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<HsdsDirectoryReader>().ReadAsync(CancellationToken.None), offer);
    }

    [Fact]
    public async Task A_published_offer_becomes_an_active_service_with_its_terms_languages_schedule_place_and_costs()
    {
        var (tables, offer) = await ExportOneAsync();
        var id = offer.Id.ToString();

        var service = Assert.Single(tables.Services);
        Assert.Equal(id, service.Id);
        Assert.Equal("active", service.Status);
        Assert.Equal("2026-03-01", service.AssuredDate);
        Assert.Equal("https://www.sprachcafe.example", service.Url);
        Assert.Equal(HsdsDirectoryReader.FreeOfCharge, service.FeesDescription);

        var attribute = Assert.Single(tables.Attributes);
        Assert.Equal(("service", id), (attribute.LinkEntity, attribute.LinkId));
        var term = tables.TaxonomyTerms.Single(t => t.Id == attribute.TaxonomyTermId);
        Assert.Equal(("sprache", "topic"), (term.Code, term.Taxonomy));
        Assert.Equal(term.TaxonomyId, tables.Taxonomies.Single(t => t.Uri == "urn:lotse:taxonomy:topic").Id);

        Assert.Equal("ar", Assert.Single(tables.Languages).Code);
        var schedule = Assert.Single(tables.Schedules);
        Assert.Equal(("WEEKLY", "TU", "09:30:00", "11:00:00"), (schedule.Freq, schedule.Byday, schedule.OpensAt, schedule.ClosesAt));
        Assert.Equal(("2026-09-01", "2026-12-18"), (schedule.ValidFrom, schedule.ValidTo));
        Assert.Equal(12.50m, Assert.Single(tables.CostOptions).Amount);

        var location = Assert.Single(tables.Locations);
        Assert.Equal(("05382068", "AGS"), (location.ExternalIdentifier, location.ExternalIdentifierType));
        var address = Assert.Single(tables.Addresses);
        Assert.Equal(("Markt 1", "Troisdorf", "53840", "Nordrhein-Westfalen", "DE"), (address.Address1, address.City, address.PostalCode, address.StateProvince, address.Country));
        Assert.Equal(HsdsIds.ServiceAtLocation(offer.Id, Guid.Parse(location.Id)), Assert.Single(tables.ServiceAtLocations).Id);
        Assert.Equal(HsdsDirectoryReader.MunicipalityUriPrefix + "05382068", Assert.Single(tables.ServiceAreas).Uri);
        Assert.Contains(tables.Metadata, m => m.ResourceId == id && m.ResourceType == "service");
    }

    [Fact]
    public async Task Only_contacts_with_recorded_consent_leave_and_no_editor_is_named()
    {
        var (tables, _) = await ExportOneAsync();

        var contact = Assert.Single(tables.Contacts);
        Assert.Equal("Frau Öffentlich", contact.Name);
        Assert.DoesNotContain(tables.Phones, p => p.Number == "02241 2");
        Assert.Contains(tables.Phones, p => p.Number == "02241 1" && p.ContactId == contact.Id);
        var everything = JsonSerializer.Serialize(tables, HsdsJson.Options);
        Assert.DoesNotContain("Ohne Einwilligung", everything);
        Assert.DoesNotContain("geheim@example.org", everything);
        Assert.All(tables.Metadata, m => Assert.Contains(m.UpdatedBy, new[] { "Redaktion", "System", "Import", "Befehl", "API", "Portal-Vorschlag" }));
    }

    [Fact]
    public async Task Drafts_are_not_exported_but_the_vocabularies_are()
    {
        var (tables, _) = await ExportOneAsync(OfferStatus.Draft);

        Assert.Empty(tables.Services);
        Assert.Empty(tables.Organizations);
        Assert.Empty(tables.Contacts);
        Assert.Equal(3, tables.Taxonomies.Count);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Equal(await scope.ServiceProvider.GetRequiredService<LotseDbContext>().TaxonomyTerms.CountAsync(), tables.TaxonomyTerms.Count);
    }
}
