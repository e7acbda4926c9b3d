using System.Net;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using static Lotse.Tests.Portal.Suggestions.SuggestionTestData;

namespace Lotse.Tests.Portal.Suggestions;

public sealed class SuggestionFormTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public SuggestionFormTests() =>
        // Most tests here post several times; the limit itself is tested with its default in RateLimitTests.
        _factory.Settings["Lotse:Suggestions:PermitLimit"] = "1000";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_offer_page_links_to_the_form_which_shows_the_current_public_values()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"/de/angebote/{offer.Id}"));
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Fehler melden", StringComparison.Ordinal));
        Assert.Equal(FormPath(offer.Id), link.GetAttribute("href"));

        var response = await client.GetAsync(FormPath(offer.Id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = (await AccountsTestData.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("Aktuell: 02241 123456", html);
        Assert.Contains("Aktuell: cafe@traeger.example", html);
        Assert.Contains("Aktuell: Marktplatz 1", html);
        var fields = await ReadFormAsync(client, FormPath(offer.Id));
        Assert.Equal("Sprachcafé am Markt", fields["Input.Name"]);
        Assert.Equal("Wir treffen uns jede Woche zum Deutschsprechen.", fields["Input.Description"]);
        Assert.Equal("Montag: 09:00–12:00", fields["Input.OpeningHours"]);
        Assert.Equal("53840", fields["Input.Addresses[0].PostalCode"]);
        Assert.Contains("Was ist falsch oder fehlt?", html);
        Assert.Contains("nur für die Bearbeitung Ihres Vorschlags gespeichert", html);
    }

    [Fact]
    public async Task Unknown_or_unpublished_offers_answer_the_portals_404()
    {
        var draft = await AddOfferAsync(_factory, status: OfferStatus.Draft);
        var client = Client(_factory);
        foreach (var id in new[] { draft.Id.ToString(), Guid.NewGuid().ToString(), "kein-angebot" })
        {
            var response = await client.GetAsync($"/de/angebote/{id}/vorschlag");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("nicht gefunden", (await AccountsTestData.ParseAsync(response)).Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            var post = await PostAsync(client, $"/de/angebote/{id}/vorschlag", []);
            Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        }
        Assert.Empty(await SuggestionsAsync(_factory));
    }

    [Fact]
    public async Task A_valid_suggestion_stores_only_the_changed_fields_and_redirects_to_the_confirmation()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);

        var response = await SuggestAsync(client, offer.Id, new()
        {
            ["Input.Phone"] = "02241 987654",
            ["Input.Addresses[0].Street"] = "Kirchstraße 5",
            ["Input.Comment"] = "Die Nummer und die Adresse haben sich geändert.",
            ["Input.SubmitterName"] = "Erika Muster",
            ["Input.SubmitterEmail"] = "erika@example.org",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = response.Headers.Location!.OriginalString;
        Assert.Equal($"/de/angebote/{offer.Id}/vorschlag/danke", confirmation);
        var page = await client.GetAsync(confirmation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Redaktion prüft", (await AccountsTestData.ParseAsync(page)).Body!.TextContent);

        var stored = Assert.Single(await SuggestionsAsync(_factory));
        Assert.Equal(offer.Id, stored.OfferId);
        Assert.Equal("02241 987654", stored.ProposedPhone);
        Assert.Null(stored.ProposedName);
        Assert.Null(stored.ProposedDescription);
        Assert.Null(stored.ProposedEmail);
        Assert.Null(stored.ProposedUrl);
        Assert.Null(stored.ProposedOpeningHours);
        var address = Assert.Single(stored.Addresses);
        Assert.Equal("Kirchstraße 5", address.Street);
        Assert.Null(address.PostalCode);
        Assert.Null(address.City);
        Assert.Equal("Die Nummer und die Adresse haben sich geändert.", stored.Comment);
        Assert.Equal("Erika Muster", stored.SubmitterName);
        Assert.Equal("erika@example.org", stored.SubmitterEmail);
        Assert.Equal(Lotse.Features.Editorial.Suggestions.SuggestionStatus.New, stored.Status);
    }

    public static TheoryData<string, string, string> InvalidPosts => new()
    {
        { "Input.Comment", "", "Bitte beschreiben Sie, was falsch ist oder fehlt." },
        { "Input.Email", "keine-adresse", "gültige E-Mail-Adresse" },
        { "Input.SubmitterEmail", "erika@", "gültige E-Mail-Adresse" },
        { "Input.Website", "javascript:alert(1)", "gültige Internetadresse" },
        { "Input.Phone", "ruf mich an", "Telefonnummer" },
        { "Input.Addresses[0].PostalCode", "5384", "fünf Ziffern" },
        { "Input.Name", "", "darf nicht leer sein" },
        { "Input.Description", new string('x', 4001), "höchstens 4.000 Zeichen" },
        { "Input.Comment", new string('x', 2001), "höchstens 2.000 Zeichen" },
        { "Input.SubmitterName", new string('x', 201), "höchstens 200 Zeichen" },
        { "Input.Addresses[0].LocationId", Guid.NewGuid().ToString(), "Orte des Angebots haben sich" },
    };

    [Theory]
    [MemberData(nameof(InvalidPosts))]
    public async Task An_invalid_post_answers_400_with_the_message_at_the_field_and_stores_nothing(string field, string value, string message)
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);
        var changes = new Dictionary<string, string> { ["Input.Comment"] = "Bitte korrigieren.", [field] = value };

        var response = await SuggestAsync(client, offer.Id, changes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await AccountsTestData.ParseAsync(response);
        var summary = document.QuerySelector("#fehler");
        Assert.NotNull(summary);
        Assert.Contains(message, summary.TextContent);
        if (!field.EndsWith("LocationId", StringComparison.Ordinal))
        {
            var id = field.Replace('.', '_').Replace('[', '_').Replace(']', '_');
            Assert.Equal("#" + id, summary.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains(message, document.GetElementById(id + "-fehler")!.TextContent);
            Assert.Equal("true", document.GetElementById(id)!.GetAttribute("aria-invalid"));
        }
        Assert.Empty(await SuggestionsAsync(_factory));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_with_400()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);
        var fields = await ReadFormAsync(client, FormPath(offer.Id));
        fields.Remove("__RequestVerificationToken");
        fields["Input.Comment"] = "Ohne Token.";

        var response = await PostAsync(client, FormPath(offer.Id), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await SuggestionsAsync(_factory));
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_neutral_confirmation_but_nothing_is_stored()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);

        var response = await SuggestAsync(client, offer.Id, new() { ["Input.Comment"] = "Günstige Uhren!", ["Fax"] = "0800 123" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/de/angebote/{offer.Id}/vorschlag/danke", response.Headers.Location!.OriginalString);
        Assert.Empty(await SuggestionsAsync(_factory));
    }

    [Fact]
    public async Task A_comment_alone_is_a_valid_suggestion_and_emptying_a_field_proposes_removing_it()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);

        Assert.Equal(HttpStatusCode.Redirect, (await SuggestAsync(client, offer.Id, new() { ["Input.Comment"] = "Das Café gibt es nicht mehr." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SuggestAsync(client, offer.Id, new() { ["Input.Comment"] = "Keine Mail mehr.", ["Input.Email"] = "" })).StatusCode);

        var stored = (await SuggestionsAsync(_factory)).OrderBy(s => s.Comment).ToList();
        Assert.Equal("Das Café gibt es nicht mehr.", stored[0].Comment);
        Assert.Null(stored[0].ProposedEmail);
        Assert.Empty(stored[0].Addresses);
        Assert.Equal("", stored[1].ProposedEmail);
    }
}
