using System.Net;
using Lotse.Data;
using Lotse.Features.Editorial.Suggestions;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.Tests.Portal.Suggestions.SuggestionTestData;

namespace Lotse.Tests.Editorial.Suggestions;

/// <summary>The way of a suggestion from the public form through the owner's queue into the offer.</summary>
public sealed class SuggestionReviewTests : IDisposable
{
    private const string Queue = "/intern/vorschlaege";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(Guid OfferId, Guid SuggestionId)> SuggestedAsync(Dictionary<string, string> changes)
    {
        var offer = await AddOfferAsync(_factory);
        var response = await SuggestAsync(Client(_factory), offer.Id, changes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var suggestion = (await SuggestionsAsync(_factory)).Single(s => s.OfferId == offer.Id);
        return (offer.Id, suggestion.Id);
    }

    [Fact]
    public async Task A_suggestion_reaches_the_queue_of_the_offers_municipality_only()
    {
        var (_, suggestionId) = await SuggestedAsync(new() { ["Input.Phone"] = "02241 987654", ["Input.Comment"] = "Neue Nummer.", ["Input.SubmitterEmail"] = "erika@example.org" });
        var troisdorf = await MunicipalityEditorAsync(_factory, PortalTestData.Troisdorf);
        var siegburg = await MunicipalityEditorAsync(_factory, PortalTestData.Siegburg);

        var ownQueue = await AccountsTestData.ParseAsync(await troisdorf.GetAsync(Queue));
        var row = Assert.Single(ownQueue.QuerySelectorAll("tbody tr"));
        Assert.Contains("Sprachcafé am Markt", row.TextContent);
        Assert.Contains("Telefon", row.TextContent);
        Assert.Equal($"{Queue}/{suggestionId}", row.QuerySelector("a")!.GetAttribute("href"));
        var detail = await troisdorf.GetAsync($"{Queue}/{suggestionId}");
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var detailPage = await AccountsTestData.ParseAsync(detail);
        Assert.Contains("erika@example.org", detailPage.Body!.TextContent);
        Assert.Equal("123456", detailPage.QuerySelector("[data-field=phone] del")!.TextContent);
        Assert.Equal("987654", detailPage.QuerySelector("[data-field=phone] ins")!.TextContent);

        var otherQueue = await AccountsTestData.ParseAsync(await siegburg.GetAsync(Queue));
        Assert.Empty(otherQueue.QuerySelectorAll("tbody tr"));
        Assert.DoesNotContain("Sprachcafé", otherQueue.Body!.TextContent);
        var refused = await siegburg.GetAsync($"{Queue}/{suggestionId}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("erika@example.org", await refused.Content.ReadAsStringAsync());
        // The form's fields with Siegburg's own antiforgery token (from the start page's logout form).
        var form = await ReadFormAsync(troisdorf, $"{Queue}/{suggestionId}");
        form["__RequestVerificationToken"] = (await ReadFormAsync(siegburg, "/intern"))["__RequestVerificationToken"];
        var post = await PostAsync(siegburg, $"{Queue}/{suggestionId}?handler=Reject", form);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(SuggestionStatus.New, (await SuggestionsAsync(_factory)).Single().Status);
    }

    [Fact]
    public async Task Accepting_selected_fields_changes_exactly_those_and_the_public_page_shows_them()
    {
        var (offerId, suggestionId) = await SuggestedAsync(new()
        {
            ["Input.Name"] = "Sprachcafé am Rathaus",
            ["Input.Phone"] = "02241 987654",
            ["Input.OpeningHours"] = "Dienstag: 15:00–17:00 (in den Ferien geschlossen)",
            ["Input.Addresses[0].Street"] = "Kirchstraße 5",
            ["Input.Comment"] = "Umgezogen.",
        });
        var editor = await MunicipalityEditorAsync(_factory, PortalTestData.Troisdorf);
        var form = await ReadFormAsync(editor, $"{Queue}/{suggestionId}");
        var before = await OfferAsync(_factory, offerId);

        var fields = form.Where(f => f.Key != "Fields").ToList();
        fields.Add(new("Fields", "phone"));
        fields.Add(new("Fields", "hours"));
        fields.Add(new("Fields", "address:" + before.Locations.Single().Id));
        var response = await PostAsync(editor, $"{Queue}/{suggestionId}?handler=Accept", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await OfferAsync(_factory, offerId);
        Assert.Equal("Sprachcafé am Markt", after.Name);
        Assert.Equal(before.Description, after.Description);
        Assert.Equal(before.Email, after.Email);
        Assert.Equal(before.Url, after.Url);
        Assert.Equal("02241 987654", after.Phone);
        var schedule = Assert.Single(after.Schedules);
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(15, 0), new TimeOnly(17, 0), "in den Ferien geschlossen"), (schedule.Weekday, schedule.OpensAt, schedule.ClosesAt, schedule.Note));
        var location = Assert.Single(after.Locations);
        Assert.Equal(("Kirchstraße 5", "53840", "Troisdorf"), (location.Street, location.PostalCode, location.City));

        var suggestion = (await SuggestionsAsync(_factory)).Single();
        Assert.Equal(SuggestionStatus.PartlyAccepted, suggestion.Status);
        Assert.NotNull(suggestion.DecidedBy);
        Assert.NotNull(suggestion.DecidedAt);

        var publicPage = (await AccountsTestData.ParseAsync(await Client(_factory).GetAsync($"/de/angebote/{offerId}"))).Body!.TextContent;
        Assert.Contains("02241 987654", publicPage);
        Assert.Contains("Kirchstraße 5", publicPage);
        Assert.Contains("15:00", publicPage);
        Assert.DoesNotContain("Am Rathaus", publicPage, StringComparison.OrdinalIgnoreCase);

        // Decided: read-only, and a second decision changes nothing.
        var decided = await AccountsTestData.ParseAsync(await editor.GetAsync($"{Queue}/{suggestionId}"));
        Assert.Empty(decided.QuerySelectorAll("button[type=submit]"));
        Assert.Contains("Teilweise übernommen", decided.Body!.TextContent);
        var again = await PostAsync(editor, $"{Queue}/{suggestionId}?handler=Reject", form);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(SuggestionStatus.PartlyAccepted, (await SuggestionsAsync(_factory)).Single().Status);
    }

    [Fact]
    public async Task Rejecting_leaves_the_offer_unchanged()
    {
        var (offerId, suggestionId) = await SuggestedAsync(new() { ["Input.Name"] = "Falscher Name", ["Input.Comment"] = "Test." });
        var editor = await MunicipalityEditorAsync(_factory, PortalTestData.Troisdorf);
        var form = await ReadFormAsync(editor, $"{Queue}/{suggestionId}");
        form["Note"] = "Der Name stimmt so.";
        var before = await OfferAsync(_factory, offerId);

        var response = await PostAsync(editor, $"{Queue}/{suggestionId}?handler=Reject", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await OfferAsync(_factory, offerId);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.ConcurrencyStamp, after.ConcurrencyStamp);
        var suggestion = (await SuggestionsAsync(_factory)).Single();
        Assert.Equal(SuggestionStatus.Rejected, suggestion.Status);
        Assert.Equal("Der Name stimmt so.", suggestion.DecisionNote);
        var queue = await AccountsTestData.ParseAsync(await editor.GetAsync(Queue));
        Assert.Empty(queue.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Accepting_after_someone_else_changed_the_offer_answers_409_and_applies_nothing()
    {
        var (offerId, suggestionId) = await SuggestedAsync(new() { ["Input.Phone"] = "02241 987654", ["Input.Comment"] = "Neue Nummer." });
        var editor = await MunicipalityEditorAsync(_factory, PortalTestData.Troisdorf);
        var form = await ReadFormAsync(editor, $"{Queue}/{suggestionId}");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var offer = await db.Offers.SingleAsync(o => o.Id == offerId);
            offer.Email = "neu@traeger.example";
            await db.SaveChangesAsync();
        }

        var response = await PostAsync(editor, $"{Queue}/{suggestionId}?handler=Accept", form);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("wurde nichts übernommen", (await AccountsTestData.ParseAsync(response)).Body!.TextContent);
        var after = await OfferAsync(_factory, offerId);
        Assert.Equal("02241 123456", after.Phone);
        Assert.Equal("neu@traeger.example", after.Email);
        Assert.Equal(SuggestionStatus.New, (await SuggestionsAsync(_factory)).Single().Status);
    }

    [Fact]
    public async Task Accepting_without_a_chosen_field_answers_400_and_applies_nothing()
    {
        var (offerId, suggestionId) = await SuggestedAsync(new() { ["Input.Phone"] = "02241 987654", ["Input.Comment"] = "Neue Nummer." });
        var editor = await MunicipalityEditorAsync(_factory, PortalTestData.Troisdorf);
        var form = await ReadFormAsync(editor, $"{Queue}/{suggestionId}");
        form.Remove("Fields");

        var response = await PostAsync(editor, $"{Queue}/{suggestionId}?handler=Accept", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mindestens eine Angabe", (await AccountsTestData.ParseAsync(response)).Body!.TextContent);
        Assert.Equal("02241 123456", (await OfferAsync(_factory, offerId)).Phone);
        Assert.Equal(SuggestionStatus.New, (await SuggestionsAsync(_factory)).Single().Status);
    }

    [Fact]
    public async Task A_provider_sees_suggestions_for_its_organization_and_may_reject_but_not_accept()
    {
        var (offerId, suggestionId) = await SuggestedAsync(new() { ["Input.Phone"] = "02241 987654", ["Input.Comment"] = "Neue Nummer." });
        var email = await AccountsTestData.CreateAccountAsync(_factory, Lotse.Features.Accounts.Roles.Provider);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var organizationId = (await db.Offers.SingleAsync(o => o.Id == offerId)).OrganizationId;
            db.UserOrganizations.Add(new Lotse.Features.Accounts.UserOrganization { UserId = user.Id, OrganizationId = organizationId });
            await db.SaveChangesAsync();
        }
        var provider = await AccountsTestData.SignedInClientAsync(_factory, email);

        Assert.Single((await AccountsTestData.ParseAsync(await provider.GetAsync(Queue))).QuerySelectorAll("tbody tr"));
        var form = await ReadFormAsync(provider, $"{Queue}/{suggestionId}");
        Assert.False(form.ContainsKey("Fields"));
        form["Fields"] = "phone";
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(provider, $"{Queue}/{suggestionId}?handler=Accept", form)).StatusCode);
        Assert.Equal("02241 123456", (await OfferAsync(_factory, offerId)).Phone);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(provider, $"{Queue}/{suggestionId}?handler=Reject", form)).StatusCode);
        Assert.Equal(SuggestionStatus.Rejected, (await SuggestionsAsync(_factory)).Single().Status);
    }
}
