using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Offers;

public sealed class OfferEditingTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_Troisdorf_editor_changes_its_own_offer_but_neither_reads_nor_changes_one_of_Siegburg()
    {
        var own = await OffersTestData.AddOfferAsync(_factory, "Sprachcafé Troisdorf");
        var foreign = await OffersTestData.AddOfferAsync(_factory, "Sprachcafé Siegburg", OffersTestData.Siegburg);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);

        var response = await OffersTestData.PostFormAsync(client, $"/intern/angebote/{own.Id}",
            f => f.Set("Input.Description", "Neu: jeden Dienstag."));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Neu: jeden Dienstag.", (await OffersTestData.LoadOfferAsync(_factory, own.Id)).Description);
        var after = await OffersTestData.GetPageAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("gespeichert", after.QuerySelector("#meldung").Text());
        // The audit log names the change with its old and new value, and who made it.
        var log = await OffersTestData.GetPageAsync(client, $"/intern/protokoll?typ=Offer&id={own.Id}&feld=Description");
        var row = log.QuerySelectorAll("tbody tr").Single(r => r.Text().Contains("Neu: jeden Dienstag.", StringComparison.Ordinal));
        Assert.Contains("Sprachcafé Troisdorf: die erste Beschreibung.", row.Text());
        Assert.Contains("@", row.Text());

        await OffersTestData.GetPageAsync(client, $"/intern/angebote/{foreign.Id}", HttpStatusCode.Forbidden);
        // A POST with a valid token taken from the caller's own form, aimed at the other offer.
        var page = await OffersTestData.GetPageAsync(client, $"/intern/angebote/{own.Id}");
        var fields = OffersTestData.Fields(OffersTestData.Form(page)).Set("Input.Description", "Übernommen!");
        var forbidden = await client.PostAsync($"/intern/angebote/{foreign.Id}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var status = await client.PostAsync($"/intern/angebote/{foreign.Id}?handler=Status",
            new FormUrlEncodedContent(fields.Where(f => f.Key == "__RequestVerificationToken").Append(new("transition", "Submit"))));
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        var stored = await OffersTestData.LoadOfferAsync(_factory, foreign.Id);
        Assert.Equal("Sprachcafé Siegburg: die erste Beschreibung.", stored.Description);
        Assert.Equal(OfferStatus.Draft, stored.Status);

        var list = await OffersTestData.GetPageAsync(client, "/intern/angebote");
        var names = list.QuerySelectorAll("tbody tr td:first-child").Select(c => c.Text()).ToList();
        Assert.Equal(["Sprachcafé Troisdorf"], names);
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_a_German_message_per_field_and_changes_nothing()
    {
        var offer = await OffersTestData.AddOfferAsync(_factory, "Beratung für Familien");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        var response = await OffersTestData.PostFormAsync(client, $"/intern/angebote/{offer.Id}", f => f
            .Set("Input.Name", "  ")
            .Set("Input.Description", "")
            .Set("Input.Email", "keine-adresse")
            .Set("Input.Url", "javascript:alert(1)")
            .Set("Input.Phone", "ruf an")
            .Set("Input.MinimumAge", "30")
            .Set("Input.MaximumAge", "18")
            .Set("Input.StartsOn", "2026-05-01")
            .Set("Input.EndsOn", "2026-04-01")
            .Set("Input.ReviewIntervalMonths", "0")
            .Set("Input.Schedules[0].Weekday", "Monday")
            .Set("Input.Schedules[0].OpensAt", "12:00")
            .Set("Input.Schedules[0].ClosesAt", "09:00")
            .Set("Input.CostOptions[0].Amount", "zwölf")
            .Set("Input.TermIds", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await OffersTestData.ParseAsync(response);
        string ErrorAt(string id) => page.QuerySelector($"#{id}")?.ParentElement?.QuerySelector(".kern-error").Text() ?? "";
        Assert.Contains("Bitte geben Sie „Name des Angebots“ an.", ErrorAt("Input_Name"));
        Assert.Contains("Bitte geben Sie „Beschreibung“ an.", ErrorAt("Input_Description"));
        Assert.Contains("E-Mail-Adresse in der Form", ErrorAt("Input_Email"));
        Assert.Contains("Internetadresse", ErrorAt("Input_Url"));
        Assert.Contains("Telefonnummer", ErrorAt("Input_Phone"));
        Assert.Contains("Höchstalter darf nicht kleiner", ErrorAt("Input_MaximumAge"));
        Assert.Contains("Ende darf nicht vor dem Beginn", ErrorAt("Input_EndsOn"));
        Assert.Contains("1 bis 36", ErrorAt("Input_ReviewIntervalMonths"));
        Assert.Contains("„von“ vor „bis“", ErrorAt("Input_Schedules_0__ClosesAt"));
        Assert.Contains("Bitte geben Sie bei Preis 1 an, wofür", ErrorAt("Input_CostOptions_0__Option"));
        Assert.Contains("Betrag wie 12,50", ErrorAt("Input_CostOptions_0__Amount"));
        // The summary links each message to its field.
        var links = page.QuerySelectorAll("#fehler a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#Input_Name", links);
        Assert.Contains("#Input_Schedules_0__ClosesAt", links);
        Assert.Contains("#Input_TermIds", links);
        Assert.All(links, href => Assert.NotNull(page.QuerySelector(href)));

        var stored = await OffersTestData.LoadOfferAsync(_factory, offer.Id);
        Assert.Equal("Beratung für Familien", stored.Name);
        Assert.Null(stored.Email);
        Assert.Empty(stored.Schedules);
        Assert.Equal(offer.ConcurrencyStamp, stored.ConcurrencyStamp);
    }

    [Fact]
    public async Task A_county_editor_creates_a_draft_with_schedules_and_prices_and_edits_them()
    {
        var existing = await OffersTestData.AddOfferAsync(_factory, "Irgendein Angebot");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var topic = await OffersTestData.QueryAsync(_factory, db => TestOffers.TermAsync(db, TaxonomyCodes.Topic, "sprache"));

        var created = await OffersTestData.PostFormAsync(client, "/intern/angebote/neu", f => f
            .Set("Input.Name", "Deutschkurs am Abend")
            .Set("Input.Description", "**Abendkurs** für Berufstätige.")
            .Set("Input.OrganizationId", existing.OrganizationId.ToString())
            .Set("Input.MunicipalityId", "kreisweit")
            .Set("Input.Email", "kurs@traeger.example")
            .Set("Input.MinimumAge", "16")
            .Set("Input.TermIds", topic.Id.ToString())
            .Set("Input.Schedules[0].Weekday", "Tuesday")
            .Set("Input.Schedules[0].OpensAt", "18:00")
            .Set("Input.Schedules[0].ClosesAt", "20:30")
            .Set("Input.CostOptions[0].Option", "Kursgebühr")
            .Set("Input.CostOptions[0].Amount", "45,50"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/', '?')[3]);
        var offer = await OffersTestData.QueryAsync(_factory, db => db.Offers.AsNoTracking()
            .Include(o => o.Schedules).Include(o => o.CostOptions).Include(o => o.Terms).SingleAsync(o => o.Id == id));
        Assert.Equal(OfferStatus.Draft, offer.Status);
        Assert.Null(offer.MunicipalityId);
        Assert.Equal(16, offer.MinimumAge);
        Assert.Equal(topic.Id, Assert.Single(offer.Terms).Id);
        var schedule = Assert.Single(offer.Schedules);
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(18, 0), new TimeOnly(20, 30)), (schedule.Weekday, schedule.OpensAt, schedule.ClosesAt));
        Assert.Equal(45.50m, Assert.Single(offer.CostOptions).Amount);

        // The edit page shows the sanitised preview and saves a changed schedule row.
        var page = await OffersTestData.GetPageAsync(client, $"/intern/angebote/{id}");
        Assert.Equal("Abendkurs", page.QuerySelector("#vorschau strong").Text());
        var saved = await OffersTestData.PostFormAsync(client, $"/intern/angebote/{id}", f => f
            .Set("Input.Schedules[0].ClosesAt", "21:00")
            .Set("Input.Schedules[1].Weekday", "Thursday")
            .Set("Input.Schedules[1].OpensAt", "18:00")
            .Set("Input.Schedules[1].ClosesAt", "19:00"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await OffersTestData.LoadOfferAsync(_factory, id);
        Assert.Equal([new TimeOnly(21, 0), new TimeOnly(19, 0)], edited.Schedules.OrderBy(s => s.Weekday).Select(s => s.ClosesAt));
    }

    [Fact]
    public async Task A_provider_creates_offers_only_for_its_own_organization_and_never_county_wide()
    {
        var own = await OffersTestData.AddOfferAsync(_factory, "Eigenes Angebot");
        var other = await OffersTestData.AddOfferAsync(_factory, "Fremdes Angebot");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Provider, own.OrganizationId);
        var troisdorf = await OffersTestData.QueryAsync(_factory, db => db.Municipalities.SingleAsync(m => m.Code == OffersTestData.Troisdorf));

        var page = await OffersTestData.GetPageAsync(client, "/intern/angebote/neu");
        Assert.Equal([own.OrganizationId.ToString()], page.QuerySelectorAll("#Input_OrganizationId option[value]:not([value=''])").Select(o => o.GetAttribute("value")));
        Assert.Null(page.QuerySelector("#Input_MunicipalityId option[value=kreisweit]"));

        var refused = await OffersTestData.PostFormAsync(client, "/intern/angebote/neu", f => f
            .Set("Input.Name", "Neues Angebot").Set("Input.Description", "Text")
            .Set("Input.OrganizationId", other.OrganizationId.ToString())
            .Set("Input.MunicipalityId", "kreisweit"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await OffersTestData.ParseAsync(refused)).QuerySelector("#fehler").Text();
        Assert.Contains("Diese Organisation können Sie nicht wählen.", errors);
        Assert.Contains("„kreisweit“ kann nur die Redaktion des Kreises wählen.", errors);
        Assert.Equal(2, await OffersTestData.QueryAsync(_factory, db => db.Offers.CountAsync()));

        var created = await OffersTestData.PostFormAsync(client, "/intern/angebote/neu", f => f
            .Set("Input.Name", "Neues Angebot").Set("Input.Description", "Text")
            .Set("Input.MunicipalityId", troisdorf.Id.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(own.OrganizationId, await OffersTestData.QueryAsync(_factory, db => db.Offers.Where(o => o.Name == "Neues Angebot").Select(o => o.OrganizationId).SingleAsync()));
    }

    [Fact]
    public async Task A_reader_sees_an_offer_read_only_and_may_not_save_it()
    {
        var offer = await OffersTestData.AddOfferAsync(_factory, "Lesbares Angebot", OffersTestData.Siegburg);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);

        var page = await OffersTestData.GetPageAsync(client, $"/intern/angebote/{offer.Id}");
        Assert.NotNull(page.QuerySelector("#nur-lesen"));
        Assert.All(page.QuerySelectorAll("form#angebot fieldset.lotse-form__section"), f => Assert.True(f.HasAttribute("disabled")));
        Assert.Null(page.QuerySelector("form#angebot button[type=submit]"));
        Assert.Equal("Lesbares Angebot", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Name")!).Value);

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync($"/intern/angebote/{offer.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Geändert",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await OffersTestData.GetPageAsync(client, "/intern/angebote/neu", HttpStatusCode.Forbidden);
        await OffersTestData.GetPageAsync(client, $"/intern/angebote/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        Assert.Equal("Lesbares Angebot", (await OffersTestData.LoadOfferAsync(_factory, offer.Id)).Name);
    }

    [Fact]
    public async Task The_list_filters_by_status_municipality_and_name_and_pages_by_50()
    {
        for (var i = 0; i < 52; i++)
            await OffersTestData.AddOfferAsync(_factory, $"Kurs {i:00}");
        await OffersTestData.AddOfferAsync(_factory, "Beratung Siegburg", OffersTestData.Siegburg, OfferStatus.Published);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        var first = await OffersTestData.GetPageAsync(client, "/intern/angebote");
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Beratung Siegburg", first.QuerySelector("tbody tr td").Text());
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await OffersTestData.GetPageAsync(client, "/intern/angebote" + next);
        Assert.Equal(["Kurs 49", "Kurs 50", "Kurs 51"], second.QuerySelectorAll("tbody tr td:first-child").Select(c => c.Text()));

        var published = await OffersTestData.GetPageAsync(client, "/intern/angebote?status=Published");
        Assert.Equal(["Beratung Siegburg"], published.QuerySelectorAll("tbody tr td:first-child").Select(c => c.Text()));
        var siegburg = await OffersTestData.QueryAsync(_factory, db => db.Municipalities.SingleAsync(m => m.Code == OffersTestData.Siegburg));
        var byTown = await OffersTestData.GetPageAsync(client, $"/intern/angebote?kommune={siegburg.Id}");
        Assert.Single(byTown.QuerySelectorAll("tbody tr"));
        var byName = await OffersTestData.GetPageAsync(client, "/intern/angebote?name=kurs%2007");
        Assert.Equal(["Kurs 07"], byName.QuerySelectorAll("tbody tr td:first-child").Select(c => c.Text()));
        Assert.EndsWith($"/intern/angebote/{(await OffersTestData.QueryAsync(_factory, db => db.Offers.SingleAsync(o => o.Name == "Kurs 07"))).Id}",
            byName.QuerySelector("tbody a")!.GetAttribute("href"));
    }
}
