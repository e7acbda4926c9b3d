using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.Translations;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Translations;

public sealed class TranslationPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private static void Fill(List<KeyValuePair<string, string>> fields, string name = "Dil kafesi", string description = "Her pazartesi Almanca konuşuyoruz.") =>
        fields.Set("Input.Name", name).Set("Input.Description", description).Set("Input.EligibilityDescription", "Şehirde yaşayan herkes.");

    [Fact]
    public async Task An_editor_translates_an_offer_beside_its_german_text_and_the_list_shows_it_current()
    {
        var offer = await TranslationsTestData.AddOfferAsync(_factory, "Sprachcafé");
        var (client, email) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        // Linked from the offer's page; the list names all seven languages, none translated yet.
        var offerPage = await OffersTestData.GetPageAsync(client, $"/intern/angebote/{offer.Id}");
        Assert.NotNull(offerPage.QuerySelector($"a[href='{TranslationsTestData.ListUrl(offer.Id)}']"));
        var list = await OffersTestData.GetPageAsync(client, TranslationsTestData.ListUrl(offer.Id));
        var rows = list.QuerySelectorAll("#uebersetzungen tbody tr");
        Assert.Equal(["en", "tr", "ar", "fa", "uk", "ru", "pl"], rows.Select(r => r.GetAttribute("data-culture")));
        Assert.All(rows, r => Assert.Equal("fehlt", r.QuerySelector(".lotse-translation-status").Text()));

        var url = TranslationsTestData.EditUrl(offer.Id, "tr");
        var form = await OffersTestData.GetPageAsync(client, url);
        Assert.Contains("Sprachcafé: die erste Beschreibung.", form.QuerySelector("#Description-de").Text());
        // Only fields with German text are offered: this offer has no fees text.
        Assert.Null(form.QuerySelector("[name='Input.FeesDescription']"));
        var response = await OffersTestData.PostFormAsync(client, url, f => Fill(f), "form#uebersetzung");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await TranslationsTestData.FindAsync(_factory, offer.Id, "tr");
        Assert.NotNull(saved);
        Assert.Equal(("Dil kafesi", "Her pazartesi Almanca konuşuyoruz.", "Şehirde yaşayan herkes."), (saved.Name, saved.Description, saved.EligibilityDescription));
        Assert.Equal(OfferTexts.Of(await OffersTestData.LoadOfferAsync(_factory, offer.Id)).SourceHash(), saved.SourceHash);
        Assert.False(saved.IsMachineTranslated);
        Assert.Equal(email, saved.TranslatedBy);

        list = await OffersTestData.GetPageAsync(client, TranslationsTestData.ListUrl(offer.Id));
        Assert.Equal("aktuell", list.QuerySelector("#uebersetzungen tr[data-culture=tr] .lotse-translation-status").Text());
        Assert.Equal("fehlt", list.QuerySelector("#uebersetzungen tr[data-culture=en] .lotse-translation-status").Text());

        // The save went the normal way: audit rows on the offer, a change-log row for the search index.
        var audit = await OffersTestData.QueryAsync(_factory, db => db.AuditEntries.Where(a => a.EntityType == nameof(OfferTranslation) && a.OfferId == offer.Id).Select(a => a.Field).ToListAsync());
        Assert.Contains("Name", audit);
        Assert.Contains("Description", audit);

        // Marked as machine-made on the next save.
        response = await OffersTestData.PostFormAsync(client, url, f => f.Set("Input.IsMachineTranslated", "true", "false"), "form#uebersetzung");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await TranslationsTestData.FindAsync(_factory, offer.Id, "tr"))!.IsMachineTranslated);
        list = await OffersTestData.GetPageAsync(client, TranslationsTestData.ListUrl(offer.Id));
        Assert.Equal("maschinell übersetzt", list.QuerySelector("#uebersetzungen tr[data-culture=tr] .lotse-translation-status").Text());
    }

    [Fact]
    public async Task Changing_the_german_text_turns_the_translation_outdated_and_a_new_save_makes_it_current_again()
    {
        var offer = await TranslationsTestData.AddOfferAsync(_factory, "Hausaufgabenhilfe");
        await TranslationsTestData.AddAsync(_factory, offer.Id, "en", "Homework help", "Homework help: the first description.",
            configure: t => t.EligibilityDescription = "Everyone living in town.");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var url = TranslationsTestData.EditUrl(offer.Id, "en");
        Assert.Equal("aktuell", (await OffersTestData.GetPageAsync(client, url)).QuerySelector("#status .lotse-translation-status").Text());

        // An unrelated field: still current.
        await OffersTestData.QueryAsync(_factory, async db =>
        {
            (await db.Offers.SingleAsync(o => o.Id == offer.Id)).Phone = "02241 12345";
            return await db.SaveChangesAsync();
        });
        Assert.Equal("aktuell", (await OffersTestData.GetPageAsync(client, url)).QuerySelector("#status .lotse-translation-status").Text());

        await TranslationsTestData.ChangeGermanDescriptionAsync(_factory, offer.Id, "Hausaufgabenhilfe: jetzt auch freitags.");
        var page = await OffersTestData.GetPageAsync(client, url);
        Assert.Equal("veraltet", page.QuerySelector("#status .lotse-translation-status").Text());
        Assert.Contains("jetzt auch freitags", page.QuerySelector("#Description-de").Text());

        var response = await OffersTestData.PostFormAsync(client, url, f => f.Set("Input.Description", "Homework help: now on Fridays too."), "form#uebersetzung");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("aktuell", (await OffersTestData.GetPageAsync(client, url)).QuerySelector("#status .lotse-translation-status").Text());
    }

    [Fact]
    public async Task Empty_or_too_long_fields_answer_400_with_german_messages_linked_from_a_summary_and_save_nothing()
    {
        var offer = await TranslationsTestData.AddOfferAsync(_factory, "Nähcafé");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var url = TranslationsTestData.EditUrl(offer.Id, "ar");

        var response = await OffersTestData.PostFormAsync(client, url, f => f
            .Set("Input.Name", "  ")
            .Set("Input.Description", new string('ب', 20_001))
            .Set("Input.EligibilityDescription", ""), "form#uebersetzung");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await OffersTestData.ParseAsync(response);
        var summary = page.QuerySelectorAll("#fehler a").Select(a => (a.GetAttribute("href"), a.Text())).ToList();
        Assert.Contains(("#Input_Name", "Bitte geben Sie den Namen des Angebots in der Übersetzung ein."), summary);
        Assert.Contains(("#Input_Description", "Bitte kürzen Sie den Text auf höchstens 20000 Zeichen."), summary);
        Assert.Contains(("#Input_EligibilityDescription", "Bitte übersetzen Sie auch, wer teilnehmen kann."), summary);
        Assert.Equal("true", page.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid"));
        Assert.Null(await TranslationsTestData.FindAsync(_factory, offer.Id, "ar"));

        // A forged stamp is no stamp; a culture that is not a translation language is no page.
        response = await OffersTestData.PostFormAsync(client, url, f => { Fill(f); f.Set("Input.ConcurrencyStamp", "kein-stempel"); }, "form#uebersetzung");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TranslationsTestData.EditUrl(offer.Id, "de"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TranslationsTestData.EditUrl(offer.Id, "xx"))).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var offer = await TranslationsTestData.AddOfferAsync(_factory, "Elterncafé");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var url = TranslationsTestData.EditUrl(offer.Id, "en");
        var fields = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(client, url), "form#uebersetzung"));
        Fill(fields);
        fields.RemoveAll(f => f.Key == "__RequestVerificationToken");

        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await TranslationsTestData.FindAsync(_factory, offer.Id, "en"));
    }

    [Fact]
    public async Task Outside_the_scope_the_pages_answer_403_and_readers_may_look_but_not_save()
    {
        var mine = await TranslationsTestData.AddOfferAsync(_factory, "Eigenes Angebot");
        var other = await TranslationsTestData.AddOfferAsync(_factory, "Fremdes Angebot", OffersTestData.Siegburg);
        var (provider, _) = await OffersTestData.SignInAsync(_factory, Roles.Provider, mine.OrganizationId);

        Assert.Equal(HttpStatusCode.OK, (await provider.GetAsync(TranslationsTestData.EditUrl(mine.Id, "uk"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(TranslationsTestData.EditUrl(other.Id, "uk"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(TranslationsTestData.ListUrl(other.Id))).StatusCode);
        // A valid form of its own offer, posted to the other one.
        var fields = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(provider, TranslationsTestData.EditUrl(mine.Id, "uk")), "form#uebersetzung"));
        Fill(fields);
        var response = await provider.PostAsync(TranslationsTestData.EditUrl(other.Id, "uk"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await TranslationsTestData.FindAsync(_factory, other.Id, "uk"));

        var (reader, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);
        var page = await OffersTestData.GetPageAsync(reader, TranslationsTestData.EditUrl(other.Id, "uk"));
        Assert.NotNull(page.QuerySelector("#nur-lesen"));
        Assert.Null(page.QuerySelector("#uebersetzung button[type=submit]"));
        var readerFields = OffersTestData.Fields(OffersTestData.Form(page, "form#uebersetzung"));
        Fill(readerFields);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(TranslationsTestData.EditUrl(other.Id, "uk"), new FormUrlEncodedContent(readerFields))).StatusCode);
        Assert.Null(await TranslationsTestData.FindAsync(_factory, other.Id, "uk"));
    }

    [Fact]
    public async Task Of_two_saves_from_the_same_form_the_second_gets_409_and_overwrites_nothing()
    {
        var offer = await TranslationsTestData.AddOfferAsync(_factory, "Fahrradwerkstatt");
        var (first, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var (second, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var url = TranslationsTestData.EditUrl(offer.Id, "ru");
        var firstFields = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(first, url), "form#uebersetzung"));
        var secondFields = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(second, url), "form#uebersetzung"));
        Fill(firstFields, "Велосипедная мастерская", "Первый перевод.");
        Fill(secondFields, "Ремонт велосипедов", "Второй перевод.");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(url, new FormUrlEncodedContent(firstFields))).StatusCode);
        var lost = await second.PostAsync(url, new FormUrlEncodedContent(secondFields));

        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        Assert.Equal("Первый перевод.", (await TranslationsTestData.FindAsync(_factory, offer.Id, "ru"))!.Description);
        var page = await OffersTestData.ParseAsync(lost);
        Assert.Contains("Второй перевод.", page.QuerySelector("#konflikt-felder").Text());
        Assert.Contains("Первый перевод.", page.QuerySelector("#konflikt-felder").Text());

        // The first editor opens the saved translation again, before the second one saves (below).
        var stale = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(first, url), "form#uebersetzung")).Set("Input.Description", "Устаревшая форма.");

        // The form now carries the stored version's stamp: saving from it works.
        var again = OffersTestData.Fields(OffersTestData.Form(page, "form#uebersetzung")).Set("Input.Description", "Второй перевод, после сравнения.");
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync(url, new FormUrlEncodedContent(again))).StatusCode);
        Assert.Equal("Второй перевод, после сравнения.", (await TranslationsTestData.FindAsync(_factory, offer.Id, "ru"))!.Description);

        // An existing translation saved from a form loaded before someone else's save: 409 as well.
        Assert.Equal(HttpStatusCode.Conflict, (await first.PostAsync(url, new FormUrlEncodedContent(stale))).StatusCode);
        Assert.Equal("Второй перевод, после сравнения.", (await TranslationsTestData.FindAsync(_factory, offer.Id, "ru"))!.Description);
    }

    [Fact]
    public async Task A_translation_of_a_german_text_changed_meanwhile_is_not_saved_as_current()
    {
        var offer = await TranslationsTestData.AddOfferAsync(_factory, "Kochtreff");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var url = TranslationsTestData.EditUrl(offer.Id, "pl");
        var fields = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(client, url), "form#uebersetzung"));
        Fill(fields, "Spotkanie kulinarne", "Gotujemy razem.");

        await TranslationsTestData.ChangeGermanDescriptionAsync(_factory, offer.Id, "Kochtreff: neuer Ort im Jugendzentrum.");
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await OffersTestData.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#quelle-geaendert"));
        Assert.Contains("neuer Ort im Jugendzentrum", page.QuerySelector("#Description-de").Text());
        Assert.Null(await TranslationsTestData.FindAsync(_factory, offer.Id, "pl"));
        // The re-shown form carries the new German text's hash and the user's input: saving it now works.
        var again = OffersTestData.Fields(OffersTestData.Form(page, "form#uebersetzung"));
        Assert.Equal("Gotujemy razem.", again.Get("Input.Description"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(url, new FormUrlEncodedContent(again))).StatusCode);
    }
}
