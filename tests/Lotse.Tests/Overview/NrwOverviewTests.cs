using System.Globalization;
using System.Net;
using CsvHelper;
using Lotse.Data.Seed;
using Lotse.Features.Accounts;
using Lotse.Features.Overview.Nrw;
using Lotse.Tests.Accounts;
using Lotse.Tests.Finance;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Overview;

public sealed class NrwOverviewTests
{
    private const string Page = "/intern/nrw";

    /// <summary>Entries per category as the 2013 table (copied into the app's Data/Seed) lists them.</summary>
    private static Dictionary<string, int> CsvCounts()
    {
        using var reader = new StreamReader(Path.Combine(ReferenceDataSeeder.SeedDirectory, NrwStatusSeed.File));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>()
            .GroupBy(r => (string)r["kategorie"]).ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public async Task The_reference_data_holds_the_54_entries_and_the_counts_per_category_of_the_2013_table()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);
        var expected = CsvCounts();
        Assert.Equal(54, expected.Values.Sum());
        Assert.Equal(new Dictionary<string, int> { ["stadt_ohne_raa"] = 1, ["stadt_mit_raa"] = 22, ["kreis_ohne_raa"] = 14, ["kreis_mit_raa"] = 9, ["ohne_kiz"] = 8 }, expected);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"{Page}?stichtag=2013-11-27"));

        Assert.Equal("54", page.QuerySelector("#gesamt")!.TextContent.Trim());
        Assert.Equal(54, page.QuerySelectorAll("#eintraege tbody tr").Length);
        foreach (var (category, count) in expected)
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), page.QuerySelector($"#anzahl tr[data-kategorie={category}] td")!.TextContent.Trim());
        var entries = await WorkbenchTestData.WithDbAsync(factory, db => db.NrwEntries.Include(e => e.Changes).ToListAsync());
        Assert.Equal(54, entries.Count);
        Assert.Equal(expected.OrderBy(e => e.Key), NrwStatus.Counts(entries, NrwStatusSeed.FlyerDate).Where(c => c.Count > 0).Select(c => new KeyValuePair<string, int>(c.Category, c.Count)).OrderBy(e => e.Key));
    }

    [Fact]
    public async Task The_comparable_counties_show_their_milestones_and_had_no_status_before_December_2012()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"{Page}?stichtag=2012-06-30"));

        var timelines = page.QuerySelectorAll("ol.lotse-timeline");
        Assert.Equal(4, timelines.Length);
        Assert.Contains("Kreis Gütersloh", page.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.All(timelines, t => Assert.Contains("01.12.2012", t.TextContent, StringComparison.Ordinal));
        Assert.Equal("0", page.QuerySelector("#anzahl tr[data-kategorie=kreis_ohne_raa] td")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_dated_status_change_moves_the_entry_from_that_day_on()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var id = NrwStatusSeed.IdOf("Rhein-Sieg-Kreis");
        var stamp = await WorkbenchTestData.WithDbAsync(factory, db => db.NrwEntries.Where(e => e.Id == id).Select(e => e.ConcurrencyStamp).SingleAsync());

        var bad = await WorkbenchTestData.PostFormAsync(client, $"{Page}/{id}", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = stamp.ToString(), ["Input.ChangedOn"] = "31.02.2015", ["Input.Category"] = "unbekannt",
        }, $"{Page}/{id}?handler=Change");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(bad)).QuerySelector("#fehler")!.TextContent;
        Assert.Contains("Bitte ein gültiges Datum angeben.", summary, StringComparison.Ordinal);
        Assert.Contains("Bitte eine Kategorie aus der Liste wählen.", summary, StringComparison.Ordinal);

        var good = await WorkbenchTestData.PostFormAsync(client, $"{Page}/{id}", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = stamp.ToString(), ["Input.ChangedOn"] = "2015-07-01", ["Input.Category"] = NrwCategories.CountyWithoutRaa,
            ["Input.Note"] = "KIZ eingerichtet", ["Input.Source"] = "Kreistagsbeschluss",
        }, $"{Page}/{id}?handler=Change");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);

        // The same stamp again: someone else's change came first, nothing is added.
        var stale = await WorkbenchTestData.PostFormAsync(client, $"{Page}/{id}", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = stamp.ToString(), ["Input.ChangedOn"] = "2016-01-01", ["Input.Category"] = NrwCategories.WithoutKiz,
        }, $"{Page}/{id}?handler=Change");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        string Count(AngleSharp.Html.Dom.IHtmlDocument doc, string category) => doc.QuerySelector($"#anzahl tr[data-kategorie={category}] td")!.TextContent.Trim();
        var before = await AccountsTestData.ParseAsync(await client.GetAsync($"{Page}?stichtag=2015-06-30"));
        var after = await AccountsTestData.ParseAsync(await client.GetAsync($"{Page}?stichtag=2015-07-01"));
        Assert.Equal(("8", "14"), (Count(before, NrwCategories.WithoutKiz), Count(before, NrwCategories.CountyWithoutRaa)));
        Assert.Equal(("7", "15"), (Count(after, NrwCategories.WithoutKiz), Count(after, NrwCategories.CountyWithoutRaa)));
    }

    [Fact]
    public async Task Entries_are_marked_comparable_by_the_county_staff_only()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var id = NrwStatusSeed.IdOf("Kreis Euskirchen");
        var stamp = await WorkbenchTestData.WithDbAsync(factory, db => db.NrwEntries.Where(e => e.Id == id).Select(e => e.ConcurrencyStamp).SingleAsync());
        var fields = new Dictionary<string, string> { ["ConcurrencyStamp"] = stamp.ToString(), ["IsComparable"] = "true" };

        var reader = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);
        // A reader's entry page has no form: the token comes from a page a reader sees a (disabled) form on.
        Assert.Equal(HttpStatusCode.Forbidden, (await WorkbenchTestData.PostFormAsync(reader, "/intern/umlage/grundlagen?jahr=2013", fields, $"{Page}/{id}?handler=Comparable")).StatusCode);

        var editor = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchTestData.PostFormAsync(editor, $"{Page}/{id}", fields, $"{Page}/{id}?handler=Comparable")).StatusCode);

        var page = await AccountsTestData.ParseAsync(await editor.GetAsync(Page));
        Assert.Equal(5, page.QuerySelectorAll("ol.lotse-timeline").Length);
    }
}
