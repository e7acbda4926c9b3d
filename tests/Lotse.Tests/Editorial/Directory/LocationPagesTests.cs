using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>The location pages under /intern/orte through real forms.</summary>
public sealed class LocationPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_municipal_editor_creates_a_location_and_edits_it()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.MunicipalityEditor);
        var organization = await DirectoryTestData.CreateOrganizationAsync(_factory, "Familienzentrum Regenbogen", "Troisdorf");
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/orte/neu");
        var troisdorf = await DirectoryTestData.MunicipalityIdAsync(_factory, "Troisdorf");
        Assert.Equal(troisdorf.ToString(), form["Input.MunicipalityId"]);

        var created = await DirectoryTestData.PostAsync(client, "/intern/orte/neu", form,
            ("Input.Name", "Familienzentrum Sieglar"), ("Input.Street", "Larstraße 3"), ("Input.PostalCode", "53844"), ("Input.City", "Troisdorf"),
            ("Input.MunicipalityId", ""), ("Input.Latitude", "50,8106"), ("Input.Longitude", "7.1391"), ("Input.OrganizationId", organization.ToString()),
            ("Input.Transportation", "Bus 501, Haltestelle Rathaus"), ("Input.AccessibilityDescription", "Stufenloser Zugang"), ("Input.AccessibilityDetails", "Rollstuhlgerechtes WC"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = Guid.Parse(path.Split('/')[^1]);
        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Locations.AsNoTracking().SingleAsync(l => l.Id == id));
        // The empty municipality was taken from the town.
        Assert.Equal((troisdorf, "53844", 50.8106, 7.1391, organization), (stored.MunicipalityId!.Value, stored.PostalCode, stored.Latitude!.Value, stored.Longitude!.Value, stored.OrganizationId!.Value));
        Assert.Equal("Rollstuhlgerechtes WC", stored.AccessibilityDetails);

        var edit = await DirectoryTestData.GetFormAsync(client, path);
        Assert.Equal("50.8106", edit["Input.Latitude"]);
        var saved = await DirectoryTestData.PostAsync(client, path, edit, ("Input.Street", "Larstraße 5"), ("Input.Latitude", ""), ("Input.Longitude", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Locations.AsNoTracking().SingleAsync(l => l.Id == id));
        Assert.Equal(("Larstraße 5", null as double?, null as double?), (stored.Street, stored.Latitude, stored.Longitude));

        var list = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/orte?name=larstra"));
        Assert.Equal("Familienzentrum Sieglar", list.QuerySelector($"a[href='/intern/orte/{id}']")?.TextContent);
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_a_message_per_field_and_writes_nothing()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var id = await DirectoryTestData.CreateLocationAsync(_factory, "Rathaus", "Troisdorf");
        var path = $"/intern/orte/{id}";
        var form = await DirectoryTestData.GetFormAsync(client, path);

        var response = await DirectoryTestData.PostAsync(client, path, form,
            ("Input.Name", ""), ("Input.PostalCode", "5384"), ("Input.Latitude", "91"), ("Input.Longitude", "sieben"), ("Input.AccessibilityDetails", new string('x', 2001)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await DirectoryTestData.ErrorsAsync(response);
        Assert.Equal("Bitte den Namen des Ortes eingeben.", errors["Input_Name"]);
        Assert.Equal("Bitte eine Postleitzahl aus genau 5 Ziffern eingeben.", errors["Input_PostalCode"]);
        Assert.StartsWith("Bitte eine geografische Breite zwischen -90 und 90", errors["Input_Latitude"], StringComparison.Ordinal);
        Assert.StartsWith("Bitte eine geografische Länge zwischen -180 und 180", errors["Input_Longitude"], StringComparison.Ordinal);
        Assert.Equal("Bitte höchstens 2000 Zeichen eingeben.", errors["Input_AccessibilityDetails"]);

        var onlyOne = await DirectoryTestData.PostAsync(client, path, form, ("Input.Latitude", "50.1"), ("Input.Longitude", ""));
        Assert.Equal(HttpStatusCode.BadRequest, onlyOne.StatusCode);
        Assert.StartsWith("Bitte Breite und Länge zusammen", (await DirectoryTestData.ErrorsAsync(onlyOne))["Input_Longitude"], StringComparison.Ordinal);

        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.Locations.AsNoTracking().SingleAsync(l => l.Id == id));
        Assert.Equal(("Rathaus", "53840", null as double?), (stored.Name, stored.PostalCode, stored.Latitude));
        Assert.Equal(form["Input.ConcurrencyStamp"], stored.ConcurrencyStamp.ToString());
    }

    [Fact]
    public async Task A_Troisdorf_municipal_editor_changes_Troisdorf_locations_but_not_those_of_Siegburg()
    {
        var countyEditor = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.MunicipalityEditor);
        var own = await DirectoryTestData.CreateLocationAsync(_factory, "Bürgerhaus Troisdorf", "Troisdorf");
        var foreign = await DirectoryTestData.CreateLocationAsync(_factory, "Bürgerhaus Siegburg", "Siegburg");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/intern/orte/{foreign}")).StatusCode);
        var ownForm = await DirectoryTestData.GetFormAsync(client, $"/intern/orte/{own}");
        var foreignForm = await DirectoryTestData.GetFormAsync(countyEditor, $"/intern/orte/{foreign}");
        var refused = await DirectoryTestData.PostAsync(client, $"/intern/orte/{foreign}", foreignForm,
            ("__RequestVerificationToken", ownForm["__RequestVerificationToken"]), ("Input.Name", "Übernommen"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("Bürgerhaus Siegburg", await DirectoryTestData.WithDbAsync(_factory, db => db.Locations.Where(l => l.Id == foreign).Select(l => l.Name).SingleAsync()));
        Assert.Null((await AccountsTestData.ParseAsync(await client.GetAsync("/intern/orte"))).QuerySelector($"a[href='/intern/orte/{foreign}']"));

        var saved = await DirectoryTestData.PostAsync(client, $"/intern/orte/{own}", ownForm, ("Input.Name", "Bürgerhaus Troisdorf-Mitte"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Bürgerhaus Troisdorf-Mitte", await DirectoryTestData.WithDbAsync(_factory, db => db.Locations.Where(l => l.Id == own).Select(l => l.Name).SingleAsync()));
    }

    [Fact]
    public async Task Of_two_concurrent_saves_one_wins_and_the_other_sees_both_versions()
    {
        var first = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var second = await DirectoryTestData.ClientAsync(_factory, Roles.MunicipalityEditor);
        var id = await DirectoryTestData.CreateLocationAsync(_factory, "Treffpunkt", "Troisdorf");
        var path = $"/intern/orte/{id}";
        var firstForm = await DirectoryTestData.GetFormAsync(first, path);
        var secondForm = await DirectoryTestData.GetFormAsync(second, path);

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(first, path, firstForm, ("Input.Transportation", "Bus 501"))).StatusCode);
        var conflict = await DirectoryTestData.PostAsync(second, path, secondForm, ("Input.Transportation", "S-Bahn S19"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await AccountsTestData.ParseAsync(conflict);
        Assert.Equal("S-Bahn S19", page.QuerySelector("#konflikt-felder .lotse-conflict__yours")?.TextContent);
        Assert.Equal("Bus 501", page.QuerySelector("#konflikt-felder .lotse-conflict__stored")?.TextContent);
        Assert.Equal("Bus 501", DirectoryTestData.FormValues(page)["Input.Transportation"]);
        Assert.Equal("Bus 501", await DirectoryTestData.WithDbAsync(_factory, db => db.Locations.Where(l => l.Id == id).Select(l => l.Transportation).SingleAsync()));
    }
}
