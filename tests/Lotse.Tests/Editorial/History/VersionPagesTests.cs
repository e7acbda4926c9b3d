using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.History;

/// <summary>The versions of an offer through the back office: list, compare, restore.</summary>
public sealed class VersionPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_comparison_shows_the_changed_field_with_the_changed_words_marked()
    {
        var offer = await TestOffers.AddAsync(_factory, (o, _) => o.Description = "Wir treffen uns jeden Montag im Bürgerhaus.");
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Description = "Wir treffen uns jeden Dienstag im Bürgerhaus.");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var list = await HistoryTestData.GetPageAsync(client, $"/intern/angebote/{offer.Id}/versionen");
        Assert.Equal(2, list.QuerySelectorAll("input[name=von]").Length);

        var page = await HistoryTestData.GetPageAsync(client, $"/intern/angebote/{offer.Id}/versionen/vergleich?von=1&bis=2");
        var row = Assert.Single(page.QuerySelectorAll("table.lotse-diff tbody tr"));
        Assert.Equal("Beschreibung", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("Montag", row.QuerySelector("del")!.TextContent);
        Assert.Equal("Dienstag", row.QuerySelector("ins")!.TextContent);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "zwei Versionen")]
    [InlineData("?von=1", HttpStatusCode.BadRequest, "zwei Versionen")]
    [InlineData("?von=eins&bis=1", HttpStatusCode.BadRequest, "ganze Zahl")]
    [InlineData("?von=1&bis=-2", HttpStatusCode.BadRequest, "ganze Zahl")]
    [InlineData("?von=1&bis=7", HttpStatusCode.NotFound, "Version 7 gibt es")]
    public async Task A_comparison_with_bad_version_numbers_answers_with_a_German_message(string query, HttpStatusCode status, string message)
    {
        var offer = await TestOffers.AddAsync(_factory);
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var page = await HistoryTestData.GetPageAsync(client, $"/intern/angebote/{offer.Id}/versionen/vergleich{query}", status);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_old_version_saves_its_content_as_a_new_version()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Name = "Falsch geändert");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var response = await PostRestoreAsync(client, offer.Id, number: 1);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.Where(v => v.OfferId == offer.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(3, versions.Count);
        Assert.Equal("Testangebot", OfferSnapshot.FromJson(versions[2].SnapshotJson).Name);
        Assert.Equal("Web", versions[2].Source);
        Assert.Equal("Testangebot", await HistoryTestData.QueryAsync(_factory, db => db.Offers.Where(o => o.Id == offer.Id).Select(o => o.Name).SingleAsync()));
        var page = await HistoryTestData.GetPageAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("Version 1 wurde als neue Version wiederhergestellt", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restore_from_a_stale_page_is_refused_with_409_and_overwrites_nothing()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Name = "Zweite Fassung");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);
        var form = await RestoreFormAsync(client, offer.Id, number: 1);

        // Someone else saves after the page was loaded.
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Name = "Dritte Fassung von jemand anderem");
        var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(HistoryTestData.Fields(form)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await AngleSharpParse(response);
        Assert.Contains("nichts überschrieben", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dritte Fassung von jemand anderem", await HistoryTestData.QueryAsync(_factory, db => db.Offers.Where(o => o.Id == offer.Id).Select(o => o.Name).SingleAsync()));
        Assert.Equal(3, await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.CountAsync(v => v.OfferId == offer.Id)));
    }

    [Fact]
    public async Task A_municipal_editor_sees_the_versions_of_own_offers_only()
    {
        var own = await TestOffers.AddAsync(_factory, municipalityCode: "05382068");
        var foreign = await TestOffers.AddAsync(_factory, municipalityCode: "05382060");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.MunicipalityEditor);

        await HistoryTestData.GetPageAsync(client, $"/intern/angebote/{own.Id}/versionen");
        await HistoryTestData.GetPageAsync(client, $"/intern/angebote/{foreign.Id}/versionen", HttpStatusCode.Forbidden);
        var restore = await client.PostAsync($"/intern/angebote/{foreign.Id}/versionen?handler=Restore",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["number"] = "1" }));
        Assert.NotEqual(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal(1, await HistoryTestData.QueryAsync(_factory, db => db.OfferVersions.CountAsync(v => v.OfferId == foreign.Id)));
    }

    private static async Task<IHtmlFormElement> RestoreFormAsync(HttpClient client, Guid offerId, int number)
    {
        var page = await HistoryTestData.GetPageAsync(client, $"/intern/angebote/{offerId}/versionen");
        return page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>()
            .Single(f => (f.QuerySelector("input[name=number]") as IHtmlInputElement)?.Value == number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<HttpResponseMessage> PostRestoreAsync(HttpClient client, Guid offerId, int number)
    {
        var form = await RestoreFormAsync(client, offerId, number);
        return await client.PostAsync(form.Action, new FormUrlEncodedContent(HistoryTestData.Fields(form)));
    }

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> AngleSharpParse(HttpResponseMessage response) =>
        Lotse.Tests.Accounts.AccountsTestData.ParseAsync(response);
}
