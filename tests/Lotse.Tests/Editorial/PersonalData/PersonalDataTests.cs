using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.History;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.PersonalData;

/// <summary>GDPR requests of a contact person: search, disclosure (Art. 15), erasure (Art. 17), both audited.</summary>
public sealed class PersonalDataTests : IDisposable
{
    private const string Name = "Erika Mustermann";
    private const string Email = "erika.mustermann@example.org";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(Offer First, Offer Second, Guid ContactId)> TwoOffersWithThePersonAsync()
    {
        var first = await TestOffers.AddAsync(_factory, (o, _) => o.Contacts.Add(new Contact
        {
            Id = Guid.NewGuid(), Name = Name, Email = Email, Phone = "02241 555", ConsentGivenOn = new DateOnly(2026, 3, 1), ConsentScope = "Name und Telefon im Portal",
        }));
        var second = await TestOffers.AddAsync(_factory, (o, _) => o.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "E. Mustermann", Email = Email.ToUpperInvariant() }));
        await HistoryTestData.ChangeOfferAsync(_factory, first.Id, (o, db) => db.Contacts.Single(c => c.OfferId == o.Id).Department = "Beratung");
        return (first, second, first.Contacts.Single().Id);
    }

    [Fact]
    public async Task The_search_finds_the_person_and_the_export_holds_everything_about_them()
    {
        var (first, second, contactId) = await TwoOffersWithThePersonAsync();
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var search = await AccountsTestData.ParseAsync(await PersonalDataSearch.PostAsync(client, "mustermann"));
        Assert.Equal(2, search.QuerySelectorAll("table tbody tr").Length);

        var response = await client.GetAsync($"/intern/datenschutz/{contactId}?handler=Json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var contacts = json.RootElement.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(2, contacts.Count);
        Assert.Contains(contacts, c => c.GetProperty("phone").GetString() == "02241 555" && c.GetProperty("consentGivenOn").GetString() == "2026-03-01"
            && c.GetProperty("consentScope").GetString() == "Name und Telefon im Portal" && c.GetProperty("offerId").GetGuid() == first.Id);
        Assert.Contains(contacts, c => c.GetProperty("offerId").GetGuid() == second.Id);
        Assert.Contains(json.RootElement.GetProperty("auditEntries").EnumerateArray(), a => a.GetProperty("field").GetString() == "Department" && a.GetProperty("newValue").GetString() == "Beratung");

        var html = await HistoryTestData.GetPageAsync(client, $"/intern/datenschutz/{contactId}");
        Assert.Contains(Email, html.Body!.TextContent, StringComparison.Ordinal);

        // Both disclosures are noted, without personal data.
        var notes = await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.Where(a => a.Action == AuditAction.Exported).ToListAsync());
        Assert.Equal(["html", "json"], notes.Select(n => n.Field!).Order());
        Assert.All(notes, n => Assert.True(n.OldValue is null && n.NewValue is null && n.EntityType == "Contact" && n.EntityId == contactId));
    }

    [Fact]
    public async Task Erasure_needs_the_confirmation_and_then_leaves_no_trace_of_name_or_email()
    {
        var (_, _, contactId) = await TwoOffersWithThePersonAsync();
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);
        var page = await HistoryTestData.GetPageAsync(client, $"/intern/datenschutz/{contactId}");
        var form = page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>().Single(f => f.QuerySelector("#Confirmed") is not null);
        var fields = HistoryTestData.Fields(form);

        var unconfirmed = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Bitte bestätigen", (await AccountsTestData.ParseAsync(unconfirmed)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await HistoryTestData.QueryAsync(_factory, db => db.Contacts.CountAsync()));

        fields["Confirmed"] = "true";
        var confirmed = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        Assert.Equal(0, await HistoryTestData.QueryAsync(_factory, db => db.Contacts.CountAsync()));
        var audit = await HistoryTestData.QueryAsync(_factory, db => db.AuditEntries.ToListAsync());
        var values = audit.SelectMany(a => new[] { a.OldValue, a.NewValue, a.Field }).OfType<string>().ToList();
        Assert.DoesNotContain(values, v => v.Contains("Mustermann", StringComparison.OrdinalIgnoreCase) || v.Contains(Email, StringComparison.OrdinalIgnoreCase) || v.Contains("02241 555", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntityType == "Contact" && a.OldValue == "[gelöscht auf Anfrage]");
        var note = Assert.Single(audit, a => a.Action == AuditAction.Erased);
        Assert.Equal(("Contact", contactId), (note.EntityType, note.EntityId));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("  ")]
    public async Task A_search_too_short_is_refused_with_400(string query)
    {
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var response = await PersonalDataSearch.PostAsync(client, query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains("2 bis 200 Zeichen", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>ASVS V8.3.1: the searched name or address travels in the POST body only, never in a URL.</summary>
    [Fact]
    public async Task The_search_term_appears_in_no_url_and_a_search_in_the_query_string_is_not_run()
    {
        var (_, _, contactId) = await TwoOffersWithThePersonAsync();
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var form = PersonalDataSearch.SearchForm(await HistoryTestData.GetPageAsync(client, PersonalDataSearch.Path));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));

        foreach (var term in new[] { "mustermann", Email })
        {
            var response = await PersonalDataSearch.PostAsync(client, term);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(term, response.RequestMessage!.RequestUri!.OriginalString, StringComparison.OrdinalIgnoreCase);
            var page = await AccountsTestData.ParseAsync(response);
            Assert.Equal(2, page.QuerySelectorAll("table tbody tr").Length);
            var urls = page.All.SelectMany(e => new[] { "href", "action", "formaction", "src" }.Select(e.GetAttribute)).OfType<string>().ToList();
            Assert.Contains($"/intern/datenschutz/{contactId}", urls);
            Assert.All(urls, url =>
            {
                Assert.DoesNotContain("mustermann", Uri.UnescapeDataString(url), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("suche=", url, StringComparison.OrdinalIgnoreCase);
            });
        }

        var get = await HistoryTestData.GetPageAsync(client, "/intern/datenschutz?suche=mustermann");
        Assert.Empty(get.QuerySelectorAll("table tbody tr"));
        Assert.DoesNotContain("Mustermann", get.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", ((IHtmlInputElement)PersonalDataSearch.SearchForm(get).QuerySelector("input[name=suche]")!).Value);
    }
}
