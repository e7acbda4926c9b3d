using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Directory;
using Lotse.Tests.Editorial.PersonalData;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Network;

/// <summary>Working groups, members, meetings, action items and actor contacts through real forms.</summary>
public sealed class WorkingGroupPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_working_group_without_name_is_refused_and_a_valid_one_is_created_with_its_topics()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/netzwerk/arbeitskreise/neu");
        var topic = await DirectoryTestData.WithDbAsync(_factory, db => db.TaxonomyTerms.Where(t => t.Taxonomy.Code == "topic" && t.Code == "sprache").Select(t => t.Id).SingleAsync());

        var refused = await DirectoryTestData.PostAsync(client, "/intern/netzwerk/arbeitskreise/neu", form, ("Input.Name", " "), ("Input.Kind", "stammtisch"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await DirectoryTestData.ErrorsAsync(refused);
        Assert.Equal("Bitte den Namen des Arbeitskreises eingeben.", errors["Input_Name"]);
        Assert.Equal("Bitte einen Eintrag aus der Liste wählen.", errors["Input_Kind"]);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.WorkingGroups.CountAsync()));

        var created = await DirectoryTestData.PostAsync(client, "/intern/netzwerk/arbeitskreise/neu", form,
            ("Input.Name", "Runder Tisch Sprache"), ("Input.Kind", "runder_tisch"), ("Input.Topics", topic.ToString()), ("Input.Description", "Wir treffen uns **monatlich**."));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(created.Headers.Location!.OriginalString));
        Assert.Equal("monatlich", page.QuerySelector(".lotse-description strong")?.TextContent);
        Assert.Contains("Sprache", page.QuerySelector("main, body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_meet_their_attendance_is_recorded_and_overdue_tasks_are_shown()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var office = await DirectoryTestData.CreateOrganizationAsync(_factory, "Fachstelle Test", "Siegburg");
        var jobcenter = await DirectoryTestData.CreateOrganizationAsync(_factory, "Jobcenter Test", "Siegburg");
        var (group, _, _) = await NetworkTestData.CreateGroupAsync(_factory, "AK Test", [office]);
        var membersPath = $"/intern/netzwerk/arbeitskreise/{group}/mitglieder";

        var form = await DirectoryTestData.GetFormAsync(client, membersPath);
        var twice = await DirectoryTestData.PostAsync(client, membersPath, form, ("Input.Organization", office.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("Dieser Akteur ist schon Mitglied.", (await DirectoryTestData.ErrorsAsync(twice))["Input_Organization"]);
        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, membersPath, form, ("Input.Organization", jobcenter.ToString()), ("Input.Role", "Vorsitz"))).StatusCode);
        var jobcenterMember = await DirectoryTestData.WithDbAsync(_factory, db => db.WorkingGroupMembers.Where(m => m.OrganizationId == jobcenter).Select(m => m.Id).SingleAsync());

        var meetingPath = $"/intern/netzwerk/arbeitskreise/{group}/sitzungen/neu";
        var meetingForm = await DirectoryTestData.GetFormAsync(client, meetingPath);
        var noDate = await DirectoryTestData.PostAsync(client, meetingPath, meetingForm, ("Input.Date", ""));
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Equal("Bitte das Datum eingeben.", (await DirectoryTestData.ErrorsAsync(noDate))["Input_Date"]);
        var meeting = await DirectoryTestData.PostAsync(client, meetingPath, meetingForm,
            ("Input.Date", "2026-05-12"), ("Input.Place", "Kreishaus"), ("Input.Minutes", "- Beschluss: **Flyer**"), ("Input.Attended", jobcenterMember.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        var meetingPage = await AccountsTestData.ParseAsync(await client.GetAsync(meeting.Headers.Location!.OriginalString));
        Assert.Equal("Flyer", meetingPage.QuerySelector("#protokoll li strong")?.TextContent);
        var attendance = meetingPage.QuerySelector("#anwesenheit")!.TextContent;
        Assert.Contains("Jobcenter Test: anwesend", attendance, StringComparison.Ordinal);
        Assert.Contains("Fachstelle Test: nicht anwesend", attendance, StringComparison.Ordinal);

        var itemPath = $"/intern/netzwerk/arbeitskreise/{group}/aufgaben/neu";
        var itemForm = await DirectoryTestData.GetFormAsync(client, itemPath);
        var item = await DirectoryTestData.PostAsync(client, itemPath, itemForm,
            ("Input.Text", "Zahlen melden"), ("Input.Owner", jobcenterMember.ToString()), ("Input.DueOn", "2020-01-31"),
            ("Input.Done", "false")); // the form helper also sends unchecked boxes

        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
        var groupPage = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/netzwerk/arbeitskreise/{group}"));
        var row = groupPage.QuerySelectorAll("#aufgabenliste tbody tr").Single(r => r.TextContent.Contains("Zahlen melden", StringComparison.Ordinal));
        Assert.Contains("Jobcenter Test", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Überfällig", row.TextContent, StringComparison.Ordinal);
        var overview = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/netzwerk/arbeitskreise"));
        Assert.Contains("Zahlen melden", overview.QuerySelector("#ueberfaellige-aufgaben")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_action_item_form_gets_409_and_the_newer_save_stays()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var office = await DirectoryTestData.CreateOrganizationAsync(_factory, "Fachstelle Test", "Siegburg");
        var (_, _, item) = await NetworkTestData.CreateGroupAsync(_factory, "AK Test", [office]);
        var path = $"/intern/netzwerk/aufgaben/{item}";
        var first = await DirectoryTestData.GetFormAsync(client, path);
        var second = await DirectoryTestData.GetFormAsync(client, path);

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, path, first, ("Input.Done", "true"))).StatusCode);
        var stale = await DirectoryTestData.PostAsync(client, path, second, ("Input.Text", "anderer Text"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.ActionItems.AsNoTracking().SingleAsync(a => a.Id == item));
        Assert.Equal(("Einladung verschicken", true), (stored.Text, stored.Done));
    }

    [Fact]
    public async Task A_reader_may_not_change_a_working_group()
    {
        var reader = await DirectoryTestData.ClientAsync(_factory, Roles.Reader);
        var editor = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var office = await DirectoryTestData.CreateOrganizationAsync(_factory, "Fachstelle Test", "Siegburg");
        var (group, meeting, _) = await NetworkTestData.CreateGroupAsync(_factory, "AK Test", [office]);
        var token = (await AccountsTestData.ParseAsync(await reader.GetAsync($"/intern/netzwerk/arbeitskreise/{group}")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var path in new[] { $"/intern/netzwerk/arbeitskreise/{group}", $"/intern/netzwerk/arbeitskreise/{group}/mitglieder", $"/intern/netzwerk/sitzungen/{meeting}" })
        {
            var form = await DirectoryTestData.GetFormAsync(editor, path);
            var response = await DirectoryTestData.PostAsync(reader, path, form, ("__RequestVerificationToken", token), ("Input.Name", "Umbenannt"), ("Input.Organization", office.ToString()));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal("AK Test", await DirectoryTestData.WithDbAsync(_factory, db => db.WorkingGroups.Select(g => g.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_actor_contact_needs_consent_and_the_data_protection_page_finds_and_erases_it()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var actor = await DirectoryTestData.CreateOrganizationAsync(_factory, "Moscheeverein Test", "Troisdorf");
        var path = $"/intern/netzwerk/akteure/{actor}/kontakte/neu";
        var form = await DirectoryTestData.GetFormAsync(client, path);

        var withoutConsent = await DirectoryTestData.PostAsync(client, path, form, ("Input.Name", "Emre Beispiel"), ("Input.Email", "emre@verein.example"));
        Assert.Equal(HttpStatusCode.BadRequest, withoutConsent.StatusCode);
        Assert.StartsWith("Bitte das Datum der Einwilligung eingeben", (await DirectoryTestData.ErrorsAsync(withoutConsent))["Input_ConsentGivenOn"], StringComparison.Ordinal);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.CountAsync()));

        var saved = await DirectoryTestData.PostAsync(client, path, form, ("Input.Name", "Emre Beispiel"), ("Input.Email", "emre@verein.example"),
            ("Input.ConsentGivenOn", "2026-01-15"), ("Input.ConsentScope", "Kontakt im Netzwerk"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var contact = await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.AsNoTracking().SingleAsync());
        Assert.Equal((actor as Guid?, null as Guid?), (contact.OrganizationId, contact.OfferId));
        Assert.Contains("Emre Beispiel", (await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/netzwerk/akteure/{actor}"))).QuerySelector("#kontaktliste")!.TextContent, StringComparison.Ordinal);
        // The offers' contact list is not the place for it; the data-protection search is.
        Assert.DoesNotContain("Emre Beispiel", await (await client.GetAsync("/intern/kontakte")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var search = await AccountsTestData.ParseAsync(await PersonalDataSearch.PostAsync(client, "emre"));
        Assert.Contains("Moscheeverein Test", search.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        var person = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/datenschutz/{contact.Id}"));
        Assert.Contains("Moscheeverein Test", person.Body!.TextContent, StringComparison.Ordinal);
        var token = person.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var erased = await client.PostAsync($"/intern/datenschutz/{contact.Id}?handler=Erase",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Confirmed"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.Contacts.CountAsync()));
    }
}
