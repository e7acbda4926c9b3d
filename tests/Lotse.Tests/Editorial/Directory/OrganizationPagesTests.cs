using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>The organization pages under /intern/organisationen through real forms.</summary>
public sealed class OrganizationPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_county_editor_creates_an_organization_and_edits_it()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/organisationen/neu");
        var troisdorf = await DirectoryTestData.MunicipalityIdAsync(_factory, "Troisdorf");
        var created = await DirectoryTestData.PostAsync(client, "/intern/organisationen/neu", form,
            ("Input.Name", "  Sprachbrücke Troisdorf e. V. "), ("Input.ActorType", "verein"), ("Input.MunicipalityId", troisdorf.ToString()),
            ("Input.Email", "info@sprachbruecke.example"), ("Input.Website", "https://sprachbruecke.example"), ("Input.Phone", "02241 12345"),
            ("Input.Description", "Wir **helfen** beim Ankommen."));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(path.Split('/')[^1]);

        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(("Sprachbrücke Troisdorf e. V.", "verein", troisdorf, "info@sprachbruecke.example"), (stored.Name, stored.ActorType, stored.MunicipalityId!.Value, stored.Email));

        var page = await AccountsTestData.ParseAsync(await client.GetAsync(created.Headers.Location));
        Assert.Equal("helfen", page.QuerySelector("#vorschau strong")?.TextContent);
        var edit = DirectoryTestData.FormValues(page);
        Assert.Equal("Sprachbrücke Troisdorf e. V.", edit["Input.Name"]);
        var saved = await DirectoryTestData.PostAsync(client, path, edit, ("Input.Name", "Sprachbrücke Troisdorf"), ("Input.Phone", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(("Sprachbrücke Troisdorf", null as string, "info@sprachbruecke.example"), (stored.Name, stored.Phone, stored.Email));

        var list = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/organisationen?name=sprachbr&kommune={troisdorf}&typ=verein"));
        Assert.Equal("Sprachbrücke Troisdorf", list.QuerySelector($"a[href='/intern/organisationen/{id}']")?.TextContent);
        var other = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/organisationen?typ=kirche"));
        Assert.Null(other.QuerySelector($"a[href='/intern/organisationen/{id}']"));
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_a_message_per_field_and_writes_nothing()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var id = await DirectoryTestData.CreateOrganizationAsync(_factory, "Alter Name", "Siegburg");
        var before = await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
        var form = await DirectoryTestData.GetFormAsync(client, $"/intern/organisationen/{id}");

        var response = await DirectoryTestData.PostAsync(client, $"/intern/organisationen/{id}", form,
            ("Input.Name", " "), ("Input.Email", "keine-adresse"), ("Input.Website", "javascript:alert(1)"), ("Input.Phone", "abc"),
            ("Input.ActorType", "erfunden"), ("Input.MunicipalityId", "kein-schluessel"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await DirectoryTestData.ErrorsAsync(response);
        Assert.Equal("Bitte den Namen der Organisation eingeben.", errors["Input_Name"]);
        Assert.StartsWith("Bitte eine gültige E-Mail-Adresse", errors["Input_Email"], StringComparison.Ordinal);
        Assert.StartsWith("Bitte eine vollständige Webadresse", errors["Input_Website"], StringComparison.Ordinal);
        Assert.StartsWith("Bitte eine Telefonnummer", errors["Input_Phone"], StringComparison.Ordinal);
        Assert.Equal("Bitte einen Eintrag aus der Liste wählen.", errors["Input_ActorType"]);
        Assert.Equal("Bitte einen Eintrag aus der Liste wählen.", errors["Input_MunicipalityId"]);
        var after = await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal((before.Name, before.Email, before.ConcurrencyStamp), (after.Name, after.Email, after.ConcurrencyStamp));

        var count = await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.CountAsync());
        var createForm = await DirectoryTestData.GetFormAsync(client, "/intern/organisationen/neu");
        var tooLong = await DirectoryTestData.PostAsync(client, "/intern/organisationen/neu", createForm, ("Input.Name", new string('x', 301)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("Bitte höchstens 300 Zeichen eingeben.", (await DirectoryTestData.ErrorsAsync(tooLong))["Input_Name"]);
        Assert.Equal(count, await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_Troisdorf_municipal_editor_changes_Troisdorf_organizations_but_not_those_of_Siegburg()
    {
        var countyEditor = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.MunicipalityEditor);
        var own = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein Troisdorf", "Troisdorf");
        var foreign = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein Siegburg", "Siegburg");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/intern/organisationen/{foreign}")).StatusCode);
        var foreignForm = await DirectoryTestData.GetFormAsync(countyEditor, $"/intern/organisationen/{foreign}");
        // The county editor's form and token belong to another account: get this account's token from its own form.
        var ownForm = await DirectoryTestData.GetFormAsync(client, $"/intern/organisationen/{own}");
        foreignForm["__RequestVerificationToken"] = ownForm["__RequestVerificationToken"];
        var refused = await DirectoryTestData.PostAsync(client, $"/intern/organisationen/{foreign}", foreignForm, ("Input.Name", "Übernommen"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Verein Siegburg", await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.Where(o => o.Id == foreign).Select(o => o.Name).SingleAsync()));

        var list = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/organisationen"));
        Assert.NotNull(list.QuerySelector($"a[href='/intern/organisationen/{own}']"));
        Assert.Null(list.QuerySelector($"a[href='/intern/organisationen/{foreign}']"));

        var saved = await DirectoryTestData.PostAsync(client, $"/intern/organisationen/{own}", ownForm, ("Input.Name", "Verein Troisdorf-Mitte"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Verein Troisdorf-Mitte", await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.Where(o => o.Id == own).Select(o => o.Name).SingleAsync()));

        // Moving it to Siegburg would take it out of the editor's scope.
        ownForm = await DirectoryTestData.GetFormAsync(client, $"/intern/organisationen/{own}");
        var siegburg = await DirectoryTestData.MunicipalityIdAsync(_factory, "Siegburg");
        var moved = await DirectoryTestData.PostAsync(client, $"/intern/organisationen/{own}", ownForm, ("Input.MunicipalityId", siegburg.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.StartsWith("Sie können nur Einträge Ihrer eigenen Kommunen", (await DirectoryTestData.ErrorsAsync(moved))["Input_MunicipalityId"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Providers_edit_their_own_organizations_but_create_none_and_readers_change_nothing()
    {
        var providerEmail = await AccountsTestData.CreateAccountAsync(_factory, Roles.Provider);
        var provider = await AccountsTestData.SignedInClientAsync(_factory, providerEmail);
        var own = await DirectoryTestData.CreateOrganizationAsync(_factory, "Träger A", "Siegburg");
        var other = await DirectoryTestData.CreateOrganizationAsync(_factory, "Träger B", "Siegburg");
        await DirectoryTestData.LinkProviderAsync(_factory, providerEmail, own);

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/intern/organisationen/neu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/intern/organisationen/{other}")).StatusCode);
        var form = await DirectoryTestData.GetFormAsync(provider, $"/intern/organisationen/{own}");
        Assert.Equal(HttpStatusCode.Forbidden, (await DirectoryTestData.PostAsync(provider, "/intern/organisationen/neu", form, ("Input.Name", "Neu"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(provider, $"/intern/organisationen/{own}", form, ("Input.Name", "Träger A gGmbH"))).StatusCode);

        var reader = await DirectoryTestData.ClientAsync(_factory, Roles.Reader);
        var readOnly = await AccountsTestData.ParseAsync(await reader.GetAsync($"/intern/organisationen/{other}"));
        Assert.NotNull(readOnly.QuerySelector("fieldset[disabled]"));
        var readerForm = DirectoryTestData.FormValues(await AccountsTestData.ParseAsync(await reader.GetAsync("/intern/")));
        var refused = await DirectoryTestData.PostAsync(reader, $"/intern/organisationen/{other}", form, ("__RequestVerificationToken", readerForm["__RequestVerificationToken"]), ("Input.Name", "Gelesen"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Träger B", await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.Where(o => o.Id == other).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Of_two_concurrent_saves_one_wins_and_the_other_sees_both_versions()
    {
        var first = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var second = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var id = await DirectoryTestData.CreateOrganizationAsync(_factory, "Integrationsverein", "Troisdorf");
        var path = $"/intern/organisationen/{id}";
        var firstForm = await DirectoryTestData.GetFormAsync(first, path);
        var secondForm = await DirectoryTestData.GetFormAsync(second, path);

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(first, path, firstForm, ("Input.Description", "Text der ersten Person"))).StatusCode);
        var conflict = await DirectoryTestData.PostAsync(second, path, secondForm, ("Input.Description", "Text der zweiten Person"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AccountsTestData.ParseAsync(conflict);
        Assert.Equal("Text der zweiten Person", page.QuerySelector("#konflikt-felder .lotse-conflict__yours")?.TextContent);
        Assert.Equal("Text der ersten Person", page.QuerySelector("#konflikt-felder .lotse-conflict__stored")?.TextContent);
        var storedForm = DirectoryTestData.FormValues(page);
        Assert.Equal("Text der ersten Person", storedForm["Input.Description"]);
        Assert.Equal("Text der ersten Person", await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.Where(o => o.Id == id).Select(o => o.Description).SingleAsync()));

        // The re-filled form carries the new stamp: saving it again after merging succeeds.
        var merged = await DirectoryTestData.PostAsync(second, path, storedForm, ("Input.Description", "Text der ersten Person\n\nText der zweiten Person"));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
    }

    [Fact]
    public async Task The_description_preview_is_sanitised()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/organisationen/neu");
        var count = await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.CountAsync());
        var preview = await DirectoryTestData.PostAsync(client, "/intern/organisationen/neu?handler=Preview", form,
            ("Input.Name", "Vorschau"), ("Input.Description", "<script>alert(1)</script> [Link](javascript:alert(2)) *schön*"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await AccountsTestData.ParseAsync(preview);
        Assert.Equal("schön", page.QuerySelector("#vorschau em")?.TextContent);
        Assert.Null(page.QuerySelector("#vorschau script"));
        Assert.DoesNotContain("javascript:", page.QuerySelector("#vorschau")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(count, await DirectoryTestData.WithDbAsync(_factory, db => db.Organizations.CountAsync()));
    }
}
