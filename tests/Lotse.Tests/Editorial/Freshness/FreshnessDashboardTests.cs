using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using static Lotse.Tests.Editorial.Freshness.FreshnessTestData;

namespace Lotse.Tests.Editorial.Freshness;

/// <summary>The dashboard /intern/aktualitaet and its one-click confirmation, through HTTP with real forms.</summary>
public sealed class FreshnessDashboardTests : IDisposable
{
    private const string Dashboard = "/intern/aktualitaet";
    private readonly FreshnessAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Municipal_editor_sees_overdue_offers_of_their_municipality_only()
    {
        var own = await AddOfferAsync(_factory, "Sprachcafé Troisdorf", monthsAgo: 14);
        var other = await AddOfferAsync(_factory, "Sprachcafé Siegburg", monthsAgo: 14, Siegburg);
        await AddOfferAsync(_factory, "Beratung Troisdorf aktuell", monthsAgo: 2);
        var client = await SignedInAsync(_factory, Roles.MunicipalityEditor);   // scoped to Troisdorf

        var response = await client.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var rows = page.QuerySelectorAll("#ueberfaellige-angebote tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(own.Id.ToString(), row.GetAttribute("data-offer-id"));
        Assert.Contains("Sprachcafé Troisdorf", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Troisdorf", row.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/intern/angebote/{own.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("Siegburg", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id.ToString(), page.Body.InnerHtml, StringComparison.Ordinal);

        // Counts per municipality: one overdue, one current in Troisdorf.
        var troisdorf = page.QuerySelectorAll("#je-kommune-tabelle tbody tr").Single(r => r.Children[0].TextContent == "Troisdorf");
        Assert.Equal("1", troisdorf.QuerySelector("[data-state=overdue]")!.TextContent);
        Assert.Equal("0", troisdorf.QuerySelector("[data-state=due-soon]")!.TextContent);
        Assert.Equal("1", troisdorf.QuerySelector("[data-state=current]")!.TextContent);
    }

    [Fact]
    public async Task County_editor_sees_all_and_filters_by_municipality_and_provider()
    {
        var troisdorf = await AddOfferAsync(_factory, "Angebot A", monthsAgo: 13);
        var siegburg = await AddOfferAsync(_factory, "Angebot B", monthsAgo: 20, Siegburg);
        var dueSoon = await AddOfferAsync(_factory, "Angebot C", monthsAgo: 12, Siegburg, laterByDays: 10);
        var client = await SignedInAsync(_factory, Roles.CountyEditor);

        var all = await AccountsTestData.ParseAsync(await client.GetAsync(Dashboard));
        Assert.Equal([siegburg.Id.ToString(), troisdorf.Id.ToString()],
            all.QuerySelectorAll("#ueberfaellige-angebote tbody tr").Select(r => r.GetAttribute("data-offer-id")));
        var siegburgCounts = all.QuerySelectorAll("#je-kommune-tabelle tbody tr").Single(r => r.Children[0].TextContent == "Siegburg");
        Assert.Equal("1", siegburgCounts.QuerySelector("[data-state=overdue]")!.TextContent);
        Assert.Equal("1", siegburgCounts.QuerySelector("[data-state=due-soon]")!.TextContent);
        Assert.Equal(3, all.QuerySelectorAll("#je-traeger-tabelle tbody tr").Length);

        var byMunicipality = await AccountsTestData.ParseAsync(await client.GetAsync($"{Dashboard}?kommune={siegburg.MunicipalityId}"));
        Assert.Equal(siegburg.Id.ToString(), Assert.Single(byMunicipality.QuerySelectorAll("#ueberfaellige-angebote tbody tr")).GetAttribute("data-offer-id"));

        var byProvider = await AccountsTestData.ParseAsync(await client.GetAsync($"{Dashboard}?traeger={troisdorf.OrganizationId}"));
        Assert.Equal(troisdorf.Id.ToString(), Assert.Single(byProvider.QuerySelectorAll("#ueberfaellige-angebote tbody tr")).GetAttribute("data-offer-id"));
        Assert.NotNull(dueSoon);
    }

    [Fact]
    public async Task Provider_sees_offers_of_its_own_organizations()
    {
        var own = await AddOfferAsync(_factory, "Eigenes Angebot", monthsAgo: 15, Siegburg);
        await AddOfferAsync(_factory, "Fremdes Angebot", monthsAgo: 15);
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Provider);
        await LinkOrganizationAsync(_factory, email, own.OrganizationId);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync(Dashboard));

        var row = Assert.Single(page.QuerySelectorAll("#ueberfaellige-angebote tbody tr"));
        Assert.Equal(own.Id.ToString(), row.GetAttribute("data-offer-id"));
    }

    [Fact]
    public async Task Malformed_filter_answers_400_with_a_German_message_linked_to_the_field()
    {
        var client = await SignedInAsync(_factory, Roles.CountyEditor);

        var response = await client.GetAsync($"{Dashboard}?kommune=troisdorf&traeger=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains("Bitte wählen Sie eine Kommune aus der Liste.", page.QuerySelector("#fehler a[href='#kommune']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#fehler a[href='#traeger']"));
        Assert.NotNull(page.QuerySelector("select#kommune"));
    }

    [Fact]
    public async Task One_click_confirm_sets_last_verified_to_today_and_removes_the_offer_from_the_overdue_list()
    {
        var offer = await AddOfferAsync(_factory, "Integrationskurs", monthsAgo: 18);
        var client = await SignedInAsync(_factory, Roles.MunicipalityEditor);
        var dashboard = await AccountsTestData.ParseAsync(await client.GetAsync(Dashboard));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)dashboard.QuerySelector($"tr[data-offer-id='{offer.Id}'] form")!;
        Assert.Equal($"/intern/aktualitaet/{offer.Id}/bestaetigen", form.GetAttribute("action"));
        Assert.Contains("Angaben sind noch aktuell", form.TextContent, StringComparison.Ordinal);

        var response = await client.PostAsync(form.GetAttribute("action"), Form(AntiforgeryToken(dashboard), ("ReturnUrl", Dashboard)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{Dashboard}?bestaetigt={offer.Id}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(Today(_factory), (await OfferAsync(_factory, offer.Id)).LastVerified);
        var after = await AccountsTestData.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Empty(after.QuerySelectorAll("#ueberfaellige-angebote tbody tr"));
        Assert.Contains("„Integrationskurs“ sind als aktuell bestätigt", after.Body!.TextContent, StringComparison.Ordinal);
        var counts = after.QuerySelectorAll("#je-kommune-tabelle tbody tr").Single(r => r.Children[0].TextContent == "Troisdorf");
        Assert.Equal("1", counts.QuerySelector("[data-state=current]")!.TextContent);
    }

    [Fact]
    public async Task Confirm_outside_the_scope_or_as_reader_is_refused_and_changes_nothing()
    {
        var siegburg = await AddOfferAsync(_factory, "Siegburger Angebot", monthsAgo: 18, Siegburg);
        var before = (await OfferAsync(_factory, siegburg.Id)).LastVerified;
        var path = $"/intern/aktualitaet/{siegburg.Id}/bestaetigen";

        foreach (var role in new[] { Roles.MunicipalityEditor, Roles.Reader, Roles.Provider })
        {
            var client = await SignedInAsync(_factory, role);
            // A valid antiforgery token of this account, from the start page's logout form.
            var token = AntiforgeryToken(await AccountsTestData.ParseAsync(await client.GetAsync("/intern/")));

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
            var response = await client.PostAsync(path, Form(token));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Kein Zugriff", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(before, (await OfferAsync(_factory, siegburg.Id)).LastVerified);
    }

    [Fact]
    public async Task Confirm_page_without_antiforgery_token_is_refused_and_unknown_offer_is_404()
    {
        var offer = await AddOfferAsync(_factory, "Angebot", monthsAgo: 18);
        var client = await SignedInAsync(_factory, Roles.CountyEditor);

        var page = await client.GetAsync($"/intern/aktualitaet/{offer.Id}/bestaetigen");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var noToken = await client.PostAsync($"/intern/aktualitaet/{offer.Id}/bestaetigen", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.NotEqual(Today(_factory), (await OfferAsync(_factory, offer.Id)).LastVerified);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/intern/aktualitaet/{Guid.NewGuid()}/bestaetigen")).StatusCode);
    }

    [Fact]
    public async Task Return_url_outside_the_back_office_is_ignored()
    {
        var offer = await AddOfferAsync(_factory, "Angebot", monthsAgo: 18);
        var client = await SignedInAsync(_factory, Roles.CountyEditor);
        var path = $"/intern/aktualitaet/{offer.Id}/bestaetigen";
        var form = await AccountsTestData.ParseAsync(await client.GetAsync(path));

        var response = await client.PostAsync(path, Form(AntiforgeryToken(form), ("ReturnUrl", "https://example.org/")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Dashboard, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
