using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>The taxonomy term pages under /intern/begriffe through real forms.</summary>
public sealed class TermPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_county_editor_creates_a_term_and_edits_it()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/begriffe/neu?taxonomie=type");
        var created = await DirectoryTestData.PostAsync(client, "/intern/begriffe/neu?taxonomie=type", form,
            ("Input.Label", "Lernpatenschaft"), ("Input.Code", "lernpatenschaft"), ("Input.Description", "Ehrenamtliche begleiten beim Lernen"), ("Input.SortOrder", "7"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(path.Split('/')[^1]);
        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Include(t => t.Taxonomy).AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal((TaxonomyCodes.OfferType, "lernpatenschaft", "Lernpatenschaft", 7), (stored.Taxonomy.Code, stored.Code, stored.Label, stored.SortOrder));

        var edit = await DirectoryTestData.GetFormAsync(client, path);
        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, path, edit, ("Input.Label", "Lernpatenschaften"), ("Input.SortOrder", ""))).StatusCode);
        stored = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(("Lernpatenschaften", 0), (stored.Label, stored.SortOrder));

        var list = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/begriffe"));
        Assert.Equal("Lernpatenschaften", list.QuerySelector($"a[href='/intern/begriffe/{id}']")?.TextContent);
    }

    [Fact]
    public async Task A_code_is_unique_within_its_vocabulary_and_written_in_its_alphabet()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var count = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.CountAsync());
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/begriffe/neu?taxonomie=type");

        var taken = await DirectoryTestData.PostAsync(client, "/intern/begriffe/neu?taxonomie=type", form, ("Input.Label", "Beratung 2"), ("Input.Code", "beratung"));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.StartsWith("Der Code „beratung“ ist in diesem Vokabular schon vergeben.", (await DirectoryTestData.ErrorsAsync(taken))["Input_Code"], StringComparison.Ordinal);

        var malformed = await DirectoryTestData.PostAsync(client, "/intern/begriffe/neu?taxonomie=type", form,
            ("Input.Label", ""), ("Input.Code", "Sprach Kurs"), ("Input.SortOrder", "zwei"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var errors = await DirectoryTestData.ErrorsAsync(malformed);
        Assert.Equal("Bitte die Bezeichnung des Begriffs eingeben.", errors["Input_Label"]);
        Assert.StartsWith("Der Code darf nur Kleinbuchstaben", errors["Input_Code"], StringComparison.Ordinal);
        Assert.Equal("Bitte eine ganze Zahl von 0 bis 100000 eingeben.", errors["Input_SortOrder"]);
        Assert.Equal(count, await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.CountAsync()));

        // The same code in another vocabulary is fine.
        var topicForm = await DirectoryTestData.GetFormAsync(client, "/intern/begriffe/neu?taxonomie=topic");
        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, "/intern/begriffe/neu?taxonomie=topic", topicForm, ("Input.Label", "Beratung"), ("Input.Code", "beratung"))).StatusCode);

        // Renaming a term to a sibling's code is refused as well.
        var sprachkurs = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Where(t => t.Code == "sprachkurs" && t.Taxonomy.Code == TaxonomyCodes.OfferType).Select(t => t.Id).SingleAsync());
        var edit = await DirectoryTestData.GetFormAsync(client, $"/intern/begriffe/{sprachkurs}");
        var renamed = await DirectoryTestData.PostAsync(client, $"/intern/begriffe/{sprachkurs}", edit, ("Input.Code", "beratung"));
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Equal("sprachkurs", await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Where(t => t.Id == sprachkurs).Select(t => t.Code).SingleAsync()));
    }

    [Fact]
    public async Task A_term_in_use_cannot_be_deleted_an_unused_one_can_after_confirmation()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var organization = await DirectoryTestData.CreateOrganizationAsync(_factory, "Träger", "Troisdorf");
        var offer = await DirectoryTestData.CreateOfferAsync(_factory, "Sprachkurs am Abend", organization, "Troisdorf");
        var used = await DirectoryTestData.WithDbAsync(_factory, async db =>
        {
            var term = await db.TaxonomyTerms.FirstAsync(t => t.Code == "sprachkurs");
            var o = await db.Offers.Include(x => x.Terms).SingleAsync(x => x.Id == offer);
            o.Terms.Add(term);
            await db.SaveChangesAsync();
            return term.Id;
        });

        var editPage = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/begriffe/{used}"));
        Assert.Null(editPage.QuerySelector($"a[href='/intern/begriffe/{used}/loeschen']"));
        Assert.Contains("kann deshalb nicht gelöscht werden", editPage.QuerySelector("#nicht-loeschbar")!.TextContent, StringComparison.Ordinal);
        var question = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/begriffe/{used}/loeschen"));
        Assert.Null(question.QuerySelector("form[method=post] button"));
        var unused = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Where(t => t.Code == "treffpunkt").Select(t => t.Id).SingleAsync());
        var unusedForm = await DirectoryTestData.GetFormAsync(client, $"/intern/begriffe/{unused}/loeschen");

        var refused = await DirectoryTestData.PostAsync(client, $"/intern/begriffe/{used}/loeschen", unusedForm);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("von 1 Angeboten verwendet", (await AccountsTestData.ParseAsync(refused)).QuerySelector("#nicht-loeschbar")!.TextContent, StringComparison.Ordinal);
        Assert.True(await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.AnyAsync(t => t.Id == used)));

        var deleted = await DirectoryTestData.PostAsync(client, $"/intern/begriffe/{unused}/loeschen", unusedForm);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.AnyAsync(t => t.Id == unused)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/intern/begriffe/{unused}")).StatusCode);
    }

    [Fact]
    public async Task Of_two_concurrent_saves_one_wins_and_the_other_sees_both_versions()
    {
        var first = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var second = await DirectoryTestData.ClientAsync(_factory, Roles.Administrator);
        var id = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Where(t => t.Code == "treffpunkt").Select(t => t.Id).SingleAsync());
        var path = $"/intern/begriffe/{id}";
        var firstForm = await DirectoryTestData.GetFormAsync(first, path);
        var secondForm = await DirectoryTestData.GetFormAsync(second, path);

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(first, path, firstForm, ("Input.Label", "Offener Treff"))).StatusCode);
        var conflict = await DirectoryTestData.PostAsync(second, path, secondForm, ("Input.Label", "Begegnungstreff"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AccountsTestData.ParseAsync(conflict);
        Assert.Equal("Begegnungstreff", page.QuerySelector("#konflikt-felder .lotse-conflict__yours")?.TextContent);
        Assert.Equal("Offener Treff", page.QuerySelector("#konflikt-felder .lotse-conflict__stored")?.TextContent);
        Assert.Equal("Offener Treff", DirectoryTestData.FormValues(page)["Input.Label"]);
        Assert.Equal("Offener Treff", await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Where(t => t.Id == id).Select(t => t.Label).SingleAsync()));
    }
}
