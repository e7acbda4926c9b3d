using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Network.Relations;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Network;

/// <summary>The network view and the relation pages through real HTTP and forms.</summary>
public sealed class NetworkPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_county_editor_records_a_cooperation_and_the_table_lists_every_line_of_the_graph()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var diakonie = await DirectoryTestData.CreateOrganizationAsync(_factory, "Diakonie Test", "Siegburg");
        var office = await DirectoryTestData.CreateOrganizationAsync(_factory, "Gesundheitsamt Test", "Siegburg");
        var town = await DirectoryTestData.CreateOrganizationAsync(_factory, "Stadt Troisdorf Test", "Troisdorf");
        await NetworkTestData.CreateRelationAsync(_factory, office, town, RelationKinds.Funding);
        await NetworkTestData.CreateGroupAsync(_factory, "Runder Tisch Gesundheit", [diakonie, town]);

        var form = await DirectoryTestData.GetFormAsync(client, $"/intern/netzwerk/beziehungen/neu?von={diakonie}");
        Assert.Equal(diakonie.ToString(), form["Input.From"]);
        var created = await DirectoryTestData.PostAsync(client, "/intern/netzwerk/beziehungen/neu", form,
            ("Input.To", office.ToString()), ("Input.Kind", RelationKinds.Cooperation), ("Input.Since", "2012-05-01"), ("Input.Note", "MiMi"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = await DirectoryTestData.WithDbAsync(_factory, db => db.ActorRelations.AsNoTracking().SingleAsync(r => r.FromOrganizationId == diakonie));
        Assert.Equal((office, "kooperation", new DateOnly(2012, 5, 1) as DateOnly?, "MiMi"), (stored.ToOrganizationId, stored.Kind, stored.Since, stored.Note));

        var page = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/netzwerk"));
        var edges = page.QuerySelectorAll("#netzwerk-grafik [data-edge]").Select(e => e.GetAttribute("data-edge")!).ToList();
        var rows = page.QuerySelectorAll("#netzwerk-tabelle [data-relation], #netzwerk-tabelle [data-membership]").Select(e => e.GetAttribute("data-relation") ?? e.GetAttribute("data-membership")!).ToHashSet();
        Assert.Equal(4, edges.Count); // two relations, two memberships
        Assert.All(edges, edge => Assert.Contains(edge, rows));
        Assert.Equal(edges.ToHashSet(), rows);
        // Every actor of the graph is a link to its page, and is a row of the table.
        var nodes = page.QuerySelectorAll("#netzwerk-grafik a[data-node]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"/intern/netzwerk/akteure/{diakonie}", nodes);
        foreach (var actor in new[] { diakonie, office, town })
            Assert.NotNull(page.QuerySelector($"#netzwerk-tabelle tr[data-actor='{actor}']"));
        var diakonieRow = page.QuerySelector($"#netzwerk-tabelle tr[data-actor='{diakonie}']")!.TextContent;
        Assert.Contains("Kooperation", diakonieRow, StringComparison.Ordinal);
        Assert.Contains("Gesundheitsamt Test (seit 01.05.2012)", diakonieRow, StringComparison.Ordinal);
        Assert.Contains("Runder Tisch Gesundheit", diakonieRow, StringComparison.Ordinal);

        var actorPage = await client.GetAsync($"/intern/netzwerk/akteure/{diakonie}");
        Assert.Equal(HttpStatusCode.OK, actorPage.StatusCode);
        Assert.Contains("Gesundheitsamt Test", (await AccountsTestData.ParseAsync(actorPage)).QuerySelector("#beziehungsliste")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relation_of_an_actor_with_itself_or_without_kind_is_refused_and_nothing_is_saved()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var actor = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein A", "Siegburg");
        var form = await DirectoryTestData.GetFormAsync(client, "/intern/netzwerk/beziehungen/neu");

        var response = await DirectoryTestData.PostAsync(client, "/intern/netzwerk/beziehungen/neu", form,
            ("Input.From", actor.ToString()), ("Input.To", actor.ToString()), ("Input.Kind", "freundschaft"), ("Input.Since", "31.02.2020"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await DirectoryTestData.ErrorsAsync(response);
        Assert.Equal("Bitte zwei verschiedene Akteure wählen.", errors["Input_To"]);
        Assert.Equal("Bitte einen Eintrag aus der Liste wählen.", errors["Input_Kind"]);
        Assert.Equal("Bitte ein Datum wie 31.12.2025 eingeben.", errors["Input_Since"]);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.ActorRelations.CountAsync()));
    }

    [Fact]
    public async Task A_stale_relation_form_does_not_overwrite_a_newer_save()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var a = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein A", "Siegburg");
        var b = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein B", "Troisdorf");
        var id = await NetworkTestData.CreateRelationAsync(_factory, a, b);
        var path = $"/intern/netzwerk/beziehungen/{id}";
        var first = await DirectoryTestData.GetFormAsync(client, path);
        var second = await DirectoryTestData.GetFormAsync(client, path);

        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, path, first, ("Input.Note", "erste Fassung"))).StatusCode);
        var stale = await DirectoryTestData.PostAsync(client, path, second, ("Input.Note", "zweite Fassung"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Jemand anderes hat zuerst gespeichert", (await AccountsTestData.ParseAsync(stale)).QuerySelector("#konflikt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("erste Fassung", await DirectoryTestData.WithDbAsync(_factory, db => db.ActorRelations.Where(r => r.Id == id).Select(r => r.Note).SingleAsync()));
    }

    [Fact]
    public async Task A_reader_sees_the_network_but_may_not_change_it()
    {
        var reader = await DirectoryTestData.ClientAsync(_factory, Roles.Reader);
        var editor = await DirectoryTestData.ClientAsync(_factory, Roles.CountyEditor);
        var a = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein A", "Siegburg");
        var b = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein B", "Troisdorf");
        var id = await NetworkTestData.CreateRelationAsync(_factory, a, b);
        var path = $"/intern/netzwerk/beziehungen/{id}";
        var form = await DirectoryTestData.GetFormAsync(editor, path);
        var page = await AccountsTestData.ParseAsync(await reader.GetAsync(path));
        Assert.NotNull(page.QuerySelector("fieldset[disabled]"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var post = await DirectoryTestData.PostAsync(reader, path, form, ("__RequestVerificationToken", token), ("Input.Note", "vom Leser"));
        var delete = await DirectoryTestData.PostAsync(reader, path + "?handler=Delete", form, ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/intern/netzwerk")).StatusCode);
        Assert.Null(await DirectoryTestData.WithDbAsync(_factory, db => db.ActorRelations.Where(r => r.Id == id).Select(r => r.Note).SingleAsync()));
    }

    [Theory]
    [InlineData("typ=raumschiff", "typ", "Diese Art des Akteurs gibt es nicht.")]
    [InlineData("kommune=99999999", "kommune", "Diese Kommune gibt es nicht.")]
    [InlineData("thema=%3Cscript%3E", "thema", "Dieses Thema gibt es nicht.")]
    public async Task A_bad_filter_value_gets_a_German_message(string query, string field, string message)
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.Reader);

        var response = await client.GetAsync("/intern/netzwerk?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (await DirectoryTestData.ErrorsAsync(response))[field], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_type_and_municipality_keep_the_relations_of_matching_actors_with_their_partners()
    {
        var client = await DirectoryTestData.ClientAsync(_factory, Roles.Reader);
        var club = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein Siegburg", "Siegburg");
        var town = await DirectoryTestData.WithDbAsync(_factory, async db =>
        {
            var organization = new Lotse.Features.Directory.Organization
            {
                Id = Guid.NewGuid(), Name = "Stadt Troisdorf", ActorType = "kommune",
                MunicipalityId = await db.Municipalities.Where(m => m.Name == "Troisdorf").Select(m => m.Id).SingleAsync(),
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });
        var other = await DirectoryTestData.CreateOrganizationAsync(_factory, "Verein Hennef", "Siegburg");
        var kept = await NetworkTestData.CreateRelationAsync(_factory, club, town);
        var dropped = await NetworkTestData.CreateRelationAsync(_factory, club, other);
        var troisdorf = await DirectoryTestData.WithDbAsync(_factory, db => db.Municipalities.Where(m => m.Name == "Troisdorf").Select(m => m.Code).SingleAsync());

        foreach (var query in new[] { "typ=kommune", $"kommune={troisdorf}" })
        {
            var page = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/netzwerk?" + query));
            var edges = page.QuerySelectorAll("#netzwerk-grafik [data-edge]").Select(e => e.GetAttribute("data-edge")).ToList();
            Assert.Equal([kept.ToString()], edges);
            Assert.DoesNotContain(dropped.ToString(), page.QuerySelector("#netzwerk-tabelle")!.InnerHtml, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector($"#netzwerk-tabelle tr[data-actor='{club}']"));
        }
    }
}
