using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData;

public sealed class OfferApiTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_published_offer_is_returned_whole_with_only_consented_contacts()
    {
        var offer = await TestOffers.AddAsync(_factory, (o, db) =>
        {
            o.Name = "Sprachcafé am Markt";
            o.Terms.Add(TestOffers.TermAsync(db, TaxonomyCodes.Topic, "sprache").Result);
            o.Terms.Add(TestOffers.TermAsync(db, TaxonomyCodes.OfferType, "treffpunkt").Result);
            o.Languages.Add(db.Languages.Single(l => l.Code == "ar"));
            o.Schedules.Add(new Schedule { Weekday = DayOfWeek.Tuesday, OpensAt = new TimeOnly(15, 0), ClosesAt = new TimeOnly(17, 30) });
            o.Contacts.Add(new Contact { Name = "Erika Beispiel", ConsentGivenOn = new DateOnly(2026, 1, 5), ConsentScope = "Portal" });
            o.Contacts.Add(new Contact { Name = "Ohne Einwilligung" });
            o.CostOptions.Add(new CostOption { Option = "Kursgebühr", Amount = 1.95m });
            o.LastVerified = new DateOnly(2026, 3, 1);
        });

        var json = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/offers/{offer.Id}");

        Assert.Equal("Sprachcafé am Markt", json.GetProperty("name").GetString());
        Assert.Equal("05382068", json.GetProperty("municipality").GetProperty("code").GetString());
        Assert.Equal("sprache", json.GetProperty("topics")[0].GetProperty("code").GetString());
        Assert.Equal("Arabisch", json.GetProperty("languages")[0].GetProperty("label").GetString());
        Assert.Equal("tuesday", json.GetProperty("schedules")[0].GetProperty("weekday").GetString());
        Assert.Equal("15:00", json.GetProperty("schedules")[0].GetProperty("opensAt").GetString());
        Assert.Equal(1.95m, json.GetProperty("costs").GetProperty("options")[0].GetProperty("amount").GetDecimal());
        Assert.Equal("2026-03-01", json.GetProperty("lastVerified").GetString());
        var contacts = json.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Erika Beispiel"], contacts);
    }

    [Theory]
    [InlineData(OfferStatus.Draft)]
    [InlineData(OfferStatus.InReview)]
    [InlineData(OfferStatus.Archived)]
    public async Task Offers_that_are_not_published_are_not_public(OfferStatus status)
    {
        var offer = await TestOffers.AddAsync(_factory, status: status);
        var response = await _factory.CreateClient().GetAsync($"/api/v1/offers/{offer.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
