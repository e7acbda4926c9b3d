using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Editorial.Offers;

public sealed class OfferConflictTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Of_two_saves_from_the_same_form_one_wins_and_the_other_gets_a_conflict_page_with_both_texts_and_can_merge()
    {
        var offer = await OffersTestData.AddOfferAsync(_factory, "Treffpunkt Eltern");
        var (first, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var (second, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var url = $"/intern/angebote/{offer.Id}";
        var firstPage = await OffersTestData.GetPageAsync(first, url);
        var secondPage = await OffersTestData.GetPageAsync(second, url);
        var firstFields = OffersTestData.Fields(OffersTestData.Form(firstPage))
            .Set("Input.Description", "Text der ersten Redakteurin").Set("Input.Phone", "02241 100");
        var secondFields = OffersTestData.Fields(OffersTestData.Form(secondPage))
            .Set("Input.Description", "Text des zweiten Redakteurs").Set("Input.Email", "treff@example.org");

        var won = await first.PostAsync(url, new FormUrlEncodedContent(firstFields));
        var lost = await second.PostAsync(url, new FormUrlEncodedContent(secondFields));

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var stored = await OffersTestData.LoadOfferAsync(_factory, offer.Id);
        Assert.Equal("Text der ersten Redakteurin", stored.Description);
        Assert.Null(stored.Email);

        var conflict = await OffersTestData.ParseAsync(lost);
        var rows = conflict.QuerySelectorAll("#konflikt tbody tr").ToDictionary(r => r.GetAttribute("data-field")!);
        Assert.Equal(["Description", "Email", "Phone"], rows.Keys.Order());
        Assert.Contains("Text des zweiten Redakteurs", rows["Description"].QuerySelector(".lotse-mine").Text());
        Assert.Contains("Text der ersten Redakteurin", rows["Description"].QuerySelector(".lotse-stored").Text());
        Assert.Contains("treff@example.org", rows["Email"].QuerySelector(".lotse-mine").Text());
        Assert.Contains("02241 100", rows["Phone"].QuerySelector(".lotse-stored").Text());
        Assert.Contains("Ihre Eingabe", conflict.QuerySelector("#konflikt thead").Text());
        Assert.Contains("Inzwischen gespeichert", conflict.QuerySelector("#konflikt thead").Text());

        // Merge: the second editor keeps their description and e-mail, and the first editor's phone.
        var mergeForm = OffersTestData.Form(conflict, "#konflikt form");
        var merge = OffersTestData.Fields(mergeForm).Set("keep[Description]", "mine").Set("keep[Email]", "mine");
        var merged = await second.PostAsync(OffersTestData.ActionOf(mergeForm, url), new FormUrlEncodedContent(merge));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        stored = await OffersTestData.LoadOfferAsync(_factory, offer.Id);
        Assert.Equal(("Text des zweiten Redakteurs", "treff@example.org", "02241 100"), (stored.Description, stored.Email, stored.Phone));

        // The merge form itself is stamped: posted again after yet another save, it conflicts instead of overwriting.
        var third = await OffersTestData.PostFormAsync(first, url, f => f.Set("Input.Description", "Dritte Fassung"));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        var again = await second.PostAsync(OffersTestData.ActionOf(mergeForm, url), new FormUrlEncodedContent(merge));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var description = (await OffersTestData.ParseAsync(again)).QuerySelector("#konflikt tr[data-field=Description]");
        Assert.Contains("Text des zweiten Redakteurs", description!.QuerySelector(".lotse-mine").Text());
        Assert.Contains("Dritte Fassung", description.QuerySelector(".lotse-stored").Text());
        Assert.Equal("Dritte Fassung", (await OffersTestData.LoadOfferAsync(_factory, offer.Id)).Description);
    }
}
