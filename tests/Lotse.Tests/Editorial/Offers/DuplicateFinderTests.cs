using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Offers;

public sealed class DuplicateFinderTests
{
    private static readonly Guid Troisdorf = Guid.NewGuid();
    private static readonly Guid Siegburg = Guid.NewGuid();

    [Theory]
    [InlineData("Sprachcafé Troisdorf", "sprachcafe troisdorf")]
    [InlineData("Mütter-Café „Begegnung“", "Muetter Cafe Begegnung")]
    [InlineData("Straßenfest!", "strassenfest")]
    public void Names_are_compared_without_case_umlauts_accents_and_punctuation(string a, string b) =>
        Assert.Equal(1.0, DuplicateFinder.Similarity(a, b));

    [Theory]
    [InlineData("Deutschkurs für Frauen", "Deutschkurse für Frauen", true)]
    [InlineData("Hausaufgabenhilfe", "Hausaufgabenhilfe Grundschule", false)]
    [InlineData("Sprachcafé", "Fahrradwerkstatt", false)]
    public void Close_names_pass_the_threshold(string a, string b, bool close) =>
        Assert.Equal(close, DuplicateFinder.Similarity(a, b) >= DuplicateFinder.Threshold);

    [Theory]
    [InlineData("Kölner Straße 12", "53840", "Koelner Str. 12", "53840", true)]
    [InlineData("Kölner Straße 12", "53840", "Kölner Straße 14", "53840", false)]
    [InlineData("Kölner Straße 12", "53840", "Kölner Straße 12", "53721", false)]
    public void Addresses_match_on_normalised_street_and_postal_code(string streetA, string postalA, string streetB, string postalB, bool same)
    {
        var a = new DuplicateKey(null, "Sprachcafé", [new PostalAddress(streetA, postalA)], Troisdorf);
        var b = new DuplicateKey(Guid.NewGuid(), "Sprachcafe", [new PostalAddress(streetB, postalB)], Troisdorf);
        Assert.Equal(same, DuplicateFinder.IsDuplicate(a, b));
    }

    [Fact]
    public void Without_an_address_the_municipality_decides_and_an_offer_is_no_duplicate_of_itself()
    {
        var id = Guid.NewGuid();
        var probe = new DuplicateKey(id, "Sprachcafé", [], Troisdorf);
        Assert.True(DuplicateFinder.IsDuplicate(probe, new DuplicateKey(Guid.NewGuid(), "Sprachcafe", [new PostalAddress("Weg 1", "53840")], Troisdorf)));
        Assert.False(DuplicateFinder.IsDuplicate(probe, new DuplicateKey(Guid.NewGuid(), "Sprachcafe", [], Siegburg)));
        Assert.True(DuplicateFinder.IsDuplicate(probe with { MunicipalityId = null }, new DuplicateKey(Guid.NewGuid(), "Sprachcafe", [], null)));
        Assert.False(DuplicateFinder.IsDuplicate(probe, probe with { }));
    }

    [Fact]
    public async Task Creating_a_close_name_in_the_same_municipality_warns_with_a_link_and_saves_only_when_confirmed()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var existing = await OffersTestData.AddOfferAsync(factory, "Sprachcafé Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(factory, Roles.MunicipalityEditor);
        void Fill(List<KeyValuePair<string, string>> f) => f
            .Set("Input.Name", "Sprach-Cafe Troisdorf").Set("Input.Description", "Gespräche auf Deutsch.")
            .Set("Input.OrganizationId", existing.OrganizationId.ToString());

        var warned = await OffersTestData.PostFormAsync(client, "/intern/angebote/neu", Fill);
        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        var page = await OffersTestData.ParseAsync(warned);
        Assert.Equal($"/intern/angebote/{existing.Id}", page.QuerySelector("#dubletten a")!.GetAttribute("href"));
        Assert.Contains("Trotzdem speichern", page.QuerySelector("#fehler").Text());
        Assert.Equal(1, await OffersTestData.QueryAsync(factory, db => db.Offers.CountAsync()));

        var form = OffersTestData.Form(page);
        var fields = OffersTestData.Fields(form).Set("Input.ConfirmDuplicate", "true");
        var saved = await client.PostAsync("/intern/angebote/neu", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, await OffersTestData.QueryAsync(factory, db => db.Offers.CountAsync()));
    }
}
