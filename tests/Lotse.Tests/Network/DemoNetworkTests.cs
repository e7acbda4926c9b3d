using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Network;

/// <summary>The demo data's network of 2013 (read only).</summary>
public sealed class DemoNetworkTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task The_Arbeitskreis_Integration_is_led_by_the_Fachstelle_with_departments_authorities_and_all_municipalities()
    {
        var client = await DirectoryTestData.ClientAsync(fixture.Factory, Roles.Reader);
        var id = await DirectoryTestData.WithDbAsync(fixture.Factory, db => db.WorkingGroups.Where(g => g.Name == "Arbeitskreis Integration").Select(g => g.Id).SingleAsync());

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/netzwerk/arbeitskreise/{id}/mitglieder"));
        var rows = page.QuerySelectorAll("#mitgliederliste tbody tr").Select(r => r.TextContent).ToList();

        Assert.Contains(rows, r => r.Contains("Fachstelle Integration", StringComparison.Ordinal) && r.Contains("Leitung", StringComparison.Ordinal));
        foreach (var name in new[] { "Schulamt für den Rhein-Sieg-Kreis", "Ausländerbehörde", "Jobcenter Rhein-Sieg", "Jugendamt", "Stadt Troisdorf", "Stadt Siegburg" })
            Assert.Contains(rows, r => r.Contains(name, StringComparison.Ordinal));
        var municipalities = await DirectoryTestData.WithDbAsync(fixture.Factory, db => db.WorkingGroupMembers
            .CountAsync(m => m.WorkingGroupId == id && m.Organization.ActorType == "kommune"));
        Assert.Equal(19, municipalities);

        // The invented meeting is marked as an example; its overdue task shows.
        var group = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/netzwerk/arbeitskreise/{id}"));
        Assert.Contains("Beispiel", group.QuerySelector("#sitzungen")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Überfällig", group.QuerySelector("#aufgabenliste")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_view_shows_the_cooperations_of_2013()
    {
        var client = await DirectoryTestData.ClientAsync(fixture.Factory, Roles.Reader);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/netzwerk"));

        var diakonie = page.QuerySelectorAll("#netzwerk-tabelle tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith("Diakonie", StringComparison.Ordinal));
        Assert.Contains("Gesundheitsamt des Rhein-Sieg-Kreises", diakonie.TextContent, StringComparison.Ordinal);
        var haus = page.QuerySelectorAll("#netzwerk-tabelle tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim().StartsWith("Haus International", StringComparison.Ordinal));
        Assert.Contains("Stadt Troisdorf", haus.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#netzwerk-grafik [data-edge]"));
    }
}
