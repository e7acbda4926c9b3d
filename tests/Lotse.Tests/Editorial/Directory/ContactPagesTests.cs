using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>The contact person pages under /intern/kontakte through real forms.</summary>
public sealed class ContactPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_provider_adds_a_contact_person_to_its_offer_and_records_the_consent_later()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Provider);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        var organization = await DirectoryTestData.CreateOrganizationAsync(_factory, "Sozialwerk Siegburg", "Siegburg");
        await DirectoryTestData.LinkProviderAsync(_factory, email, organization);
        var offer = await DirectoryTestData.CreateOfferAsync(_factory, "Sprachcafé", organization, "Siegburg");

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/kontakte/neu?angebot={offer}"));
        Assert.Contains("nur, wenn ihre Einwilligung", page.QuerySelector("#einwilligung-hinweis")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#einwilligung-hinweis a[href='/intern/datenschutz']"));
        var created = await DirectoryTestData.PostAsync(client, $"/intern/kontakte/neu?angebot={offer}", DirectoryTestData.FormValues(page),
            ("Input.Name", "Aylin Beispiel"), ("Input.Title", "Kursleitung"), ("Input.Email", "aylin@sozialwerk.example"), ("Input.Phone", "02241 555"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(path.Split('/')[^1]);
        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((offer, "Aylin Beispiel", "Kursleitung", null as DateOnly?), (stored.OfferId, stored.Name, stored.Title, stored.ConsentGivenOn));

        var form = await DirectoryTestData.GetFormAsync(client, path);
        var saved = await DirectoryTestData.PostAsync(client, path, form, ("Input.ConsentGivenOn", "2025-03-01"), ("Input.ConsentScope", "Name und Telefon im Portal"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((new DateOnly(2025, 3, 1), "Name und Telefon im Portal"), (stored.ConsentGivenOn!.Value, stored.ConsentScope));

        var list = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/kontakte"));
        Assert.Equal("Aylin Beispiel", list.QuerySelector($"a[href='/intern/kontakte/{id}']")?.TextContent);
        Assert.Contains("01.03.2025", list.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consent_needs_its_scope_and_cannot_lie_in_the_future()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var organization = await DirectoryTestData.CreateOrganizationAsync(_factory, "Bildungswerk", "Troisdorf");
        var offer = await DirectoryTestData.CreateOfferAsync(_factory, "Integrationskurs", organization, "Troisdorf");
        var id = await DirectoryTestData.CreateContactAsync(_factory, offer, "Max Beispiel");
        var path = $"/intern/kontakte/{id}";
        var form = await DirectoryTestData.GetFormAsync(client, path);

        var withoutScope = await DirectoryTestData.PostAsync(client, path, form, ("Input.ConsentGivenOn", "2024-05-02"), ("Input.ConsentScope", " "));
        Assert.Equal(HttpStatusCode.BadRequest, withoutScope.StatusCode);
        Assert.StartsWith("Bitte angeben, wofür die Einwilligung gilt", (await DirectoryTestData.ErrorsAsync(withoutScope))["Input_ConsentScope"], StringComparison.Ordinal);

        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var future = await DirectoryTestData.PostAsync(client, path, form, ("Input.ConsentGivenOn", tomorrow), ("Input.ConsentScope", "Portal"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("Das Datum der Einwilligung darf nicht in der Zukunft liegen.", (await DirectoryTestData.ErrorsAsync(future))["Input_ConsentGivenOn"]);

        var invalid = await DirectoryTestData.PostAsync(client, path, form,
            ("Input.Name", ""), ("Input.ConsentGivenOn", "31.02.2024"), ("Input.Email", "max@"), ("Input.ConsentScope", "Portal"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = await DirectoryTestData.ErrorsAsync(invalid);
        Assert.Equal("Bitte den Namen der Kontaktperson eingeben.", errors["Input_Name"]);
        Assert.Equal("Bitte ein Datum im Format TT.MM.JJJJ eingeben.", errors["Input_ConsentGivenOn"]);
        Assert.StartsWith("Bitte eine gültige E-Mail-Adresse", errors["Input_Email"], StringComparison.Ordinal);

        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("Max Beispiel", null as DateOnly?, null as string), (stored.Name, stored.ConsentGivenOn, stored.ConsentScope));

        var count = await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.CountAsync());
        var createForm = await DirectoryTestData.GetFormAsync(client, "/intern/kontakte/neu");
        var noOffer = await DirectoryTestData.PostAsync(client, "/intern/kontakte/neu", createForm, ("Input.Name", "Ohne Angebot"));
        Assert.Equal(HttpStatusCode.BadRequest, noOffer.StatusCode);
        Assert.StartsWith("Bitte das Angebot wählen", (await DirectoryTestData.ErrorsAsync(noOffer))["angebot"], StringComparison.Ordinal);
        Assert.Equal(count, await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_Troisdorf_municipal_editor_maintains_contacts_of_Troisdorf_offers_only()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.MunicipalityEditor);
        var organization = await DirectoryTestData.CreateOrganizationAsync(_factory, "Migrationsdienst", "Siegburg");
        var ownOffer = await DirectoryTestData.CreateOfferAsync(_factory, "Beratung Troisdorf", organization, "Troisdorf");
        var foreignOffer = await DirectoryTestData.CreateOfferAsync(_factory, "Beratung Siegburg", organization, "Siegburg");
        var own = await DirectoryTestData.CreateContactAsync(_factory, ownOffer, "Person Troisdorf");
        var foreign = await DirectoryTestData.CreateContactAsync(_factory, foreignOffer, "Person Siegburg");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/intern/kontakte/{foreign}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/intern/kontakte/neu?angebot={foreignOffer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/intern/kontakte/{Guid.NewGuid()}")).StatusCode);
        var form = await DirectoryTestData.GetFormAsync(client, $"/intern/kontakte/{own}");
        Assert.Equal(HttpStatusCode.Forbidden, (await DirectoryTestData.PostAsync(client, $"/intern/kontakte/{foreign}", form, ("Input.Name", "Geändert"))).StatusCode);
        var createForm = await DirectoryTestData.GetFormAsync(client, "/intern/kontakte/neu");
        var outside = await DirectoryTestData.PostAsync(client, "/intern/kontakte/neu", createForm, ("angebot", foreignOffer.ToString()), ("Input.Name", "Neu"));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal("Person Siegburg", await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.Where(c => c.Id == foreign).Select(c => c.Name).SingleAsync()));
        Assert.Null((await AccountsTestData.ParseAsync(await client.GetAsync("/intern/kontakte"))).QuerySelector($"a[href='/intern/kontakte/{foreign}']"));

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, $"/intern/kontakte/{own}", form, ("Input.Name", "Person Troisdorf-Sieglar"))).StatusCode);
        Assert.Equal("Person Troisdorf-Sieglar", await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.Where(c => c.Id == own).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Of_two_concurrent_saves_one_wins_and_the_other_sees_both_versions()
    {
        var first = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var second = await DirectoryTestData.ClientAsync(_factory, Roles.Administrator);
        var organization = await DirectoryTestData.CreateOrganizationAsync(_factory, "Träger", "Troisdorf");
        var offer = await DirectoryTestData.CreateOfferAsync(_factory, "Angebot", organization, "Troisdorf");
        var id = await DirectoryTestData.CreateContactAsync(_factory, offer, "Kim Beispiel");
        var path = $"/intern/kontakte/{id}";
        var firstForm = await DirectoryTestData.GetFormAsync(first, path);
        var secondForm = await DirectoryTestData.GetFormAsync(second, path);

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(first, path, firstForm, ("Input.Phone", "02241 111"))).StatusCode);
        var conflict = await DirectoryTestData.PostAsync(second, path, secondForm, ("Input.Phone", "02241 222"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AccountsTestData.ParseAsync(conflict);
        Assert.Equal("02241 222", page.QuerySelector("#konflikt-felder .lotse-conflict__yours")?.TextContent);
        Assert.Equal("02241 111", page.QuerySelector("#konflikt-felder .lotse-conflict__stored")?.TextContent);
        Assert.Equal("02241 111", DirectoryTestData.FormValues(page)["Input.Phone"]);
        Assert.Equal("02241 111", await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.Where(c => c.Id == id).Select(c => c.Phone).SingleAsync()));
    }
}
