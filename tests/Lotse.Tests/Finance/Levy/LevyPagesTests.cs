using System.Net;
using System.Text;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.Levy;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Finance.Levy;

public sealed class LevyPagesTests
{
    private const string Page = "/intern/umlage";

    private static async Task<List<KeyValuePair<string, string>>> BaseFieldsAsync(LotseAppFactory factory, int year, Func<string, string> amount)
    {
        var municipalities = await WorkbenchTestData.WithDbAsync(factory, db => db.Municipalities.OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync());
        var fields = new List<KeyValuePair<string, string>> { new("jahr", year.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        for (var i = 0; i < municipalities.Count; i++)
        {
            fields.Add(new($"Input[{i}].MunicipalityId", municipalities[i].Id.ToString()));
            fields.Add(new($"Input[{i}].Amount", amount(municipalities[i].Name)));
            fields.Add(new($"Input[{i}].Stamp", ""));
        }
        return fields;
    }

    [Fact]
    public async Task Demo_bases_are_marked_as_examples_and_the_county_share_is_distributed_to_the_euro()
    {
        using var factory = new LotseAppFactory();
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);

        var response = await client.GetAsync($"{Page}?jahr=2013&betrag=183.094");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains("Beispielwerte", page.QuerySelector("#beispielwerte")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(19, page.QuerySelectorAll("#verteilung tbody tr").Length);
        Assert.Equal("183.094 €", page.QuerySelector("#summe")!.TextContent.Trim());
        Assert.Contains("2013/728", page.QuerySelector("#doppelfinanzierung")!.TextContent, StringComparison.Ordinal);
        // Reported spending comes from the (example) survey round: a figure where a municipality gave one, else "keine Angabe".
        Dictionary<Guid, decimal> spending;
        using (var scope = factory.Services.CreateScope())
            spending = new Dictionary<Guid, decimal>(await scope.ServiceProvider.GetRequiredService<Lotse.Features.Inventory.Survey.ReportedIntegrationSpending>().LoadAsync(default));
        Assert.NotEmpty(spending);
        Assert.Equal(19 - spending.Count, page.QuerySelectorAll("#verteilung tbody tr").Count(r => r.TextContent.Contains("keine Angabe", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bases_are_saved_all_together_and_bad_input_gets_400_with_nothing_written()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var form = $"{Page}/grundlagen?jahr=2020";

        var bad = await WorkbenchTestData.PostFormAsync(client, form, await BaseFieldsAsync(factory, 2020, name => name == "Troisdorf" ? "zwölf" : "1.000"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await AccountsTestData.ParseAsync(bad);
        Assert.Contains("Umlagegrundlage Troisdorf: Bitte einen Betrag in Euro angeben", page.QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.CountAsync()));

        var good = await WorkbenchTestData.PostFormAsync(client, form, await BaseFieldsAsync(factory, 2020, name => name == "Troisdorf" ? "2.000,50" : "1.000"));

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var stored = await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.Include(b => b.Municipality).ToListAsync());
        Assert.Equal(19, stored.Count);
        Assert.Equal(2_000.50m, stored.Single(b => b.Municipality.Name == "Troisdorf").Amount);
        Assert.All(stored, b => Assert.False(b.IsExample));
    }

    [Fact]
    public async Task A_form_loaded_before_someone_else_saved_does_not_overwrite_their_values()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var form = $"{Page}/grundlagen?jahr=2021";
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchTestData.PostFormAsync(client, form, await BaseFieldsAsync(factory, 2021, _ => "10"))).StatusCode);

        // A second form posted without the stamps of the now stored rows, as one loaded before the first save.
        var stale = await WorkbenchTestData.PostFormAsync(client, form, await BaseFieldsAsync(factory, 2021, _ => "20"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.All(await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.ToListAsync()), b => Assert.Equal(10m, b.Amount));
    }

    [Fact]
    public async Task All_bases_zero_gives_a_clear_message_instead_of_a_distribution()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        await WorkbenchTestData.PostFormAsync(client, $"{Page}/grundlagen?jahr=2022", await BaseFieldsAsync(factory, 2022, _ => "0"));

        var response = await client.GetAsync($"{Page}?jahr=2022&betrag=1000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains("Alle Umlagegrundlagen dieses Jahres sind 0", page.QuerySelector("#problem")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#summe"));
    }

    [Fact]
    public async Task An_amount_that_is_no_euro_amount_gets_400_with_a_German_message()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);

        var response = await client.GetAsync($"{Page}?jahr=2013&betrag=viel");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bitte den Betrag in vollen Euro angeben", (await AccountsTestData.ParseAsync(response)).QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_may_read_the_bases_but_not_save_them()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);

        var response = await WorkbenchTestData.PostFormAsync(client, $"{Page}/grundlagen?jahr=2020", await BaseFieldsAsync(factory, 2020, _ => "1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.CountAsync()));
    }

    [Fact]
    public async Task Bad_uploads_are_rejected_with_a_German_report_and_nothing_is_written()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var path = $"{Page}/import";

        var wrongType = await WorkbenchTestData.PostFileAsync(client, path, "grundlagen.txt", Encoding.UTF8.GetBytes("hallo"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("Bitte eine CSV- oder XLSX-Datei hochladen.", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var brokenXlsx = await WorkbenchTestData.PostFileAsync(client, path, "grundlagen.xlsx", Encoding.UTF8.GetBytes("kein Excel"));
        Assert.Equal(HttpStatusCode.BadRequest, brokenXlsx.StatusCode);
        Assert.Contains("keine lesbare CSV- oder XLSX-Datei", await brokenXlsx.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var csv = "AGS;Jahr;Umlagegrundlage\r\n05382068;2013;45.000.000\r\n09999999;2013;1.000\r\n05382060;2o13;12\r\n05382004;2013;viel\r\n";
        var invalid = await WorkbenchTestData.PostFileAsync(client, path, "grundlagen.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var report = (await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehlerliste")!.TextContent;
        Assert.Contains("Zeile 3: Die Kommune „09999999“ gehört nicht zum Kreis.", report, StringComparison.Ordinal);
        Assert.Contains("Zeile 4: „2o13“ ist kein Jahr", report, StringComparison.Ordinal);
        Assert.Contains("Zeile 5: „viel“ ist kein Betrag in Euro", report, StringComparison.Ordinal);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.CountAsync()));
    }

    [Fact]
    public async Task A_valid_upload_is_imported_and_reported()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        var sheet = workbook.AddWorksheet("Grundlagen");
        sheet.Cell(1, 1).SetValue("Kommune");
        sheet.Cell(1, 2).SetValue("Jahr");
        sheet.Cell(1, 3).SetValue("Umlagegrundlage");
        sheet.Cell(2, 1).SetValue("Troisdorf");
        sheet.Cell(2, 2).SetValue(2014);
        sheet.Cell(2, 3).SetValue(45_000_000.5);
        sheet.Cell(3, 1).SetValue("Siegburg");
        sheet.Cell(3, 2).SetValue(2014);
        sheet.Cell(3, 3).SetValue("23.456.789,00");
        using var file = new MemoryStream();
        workbook.SaveAs(file);

        var response = await WorkbenchTestData.PostFileAsync(client, $"{Page}/import", "grundlagen.xlsx", file.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 Umlagegrundlagen übernommen.", (await AccountsTestData.ParseAsync(response)).QuerySelector("#uebernommen")!.TextContent, StringComparison.Ordinal);
        var stored = await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.Include(b => b.Municipality).OrderBy(b => b.Municipality.Name).ToListAsync());
        Assert.Equal([23_456_789m, 45_000_000.5m], stored.Select(b => b.Amount));
    }

    [Fact]
    public void Euro_amounts_are_read_as_German_users_type_them()
    {
        Assert.Equal(183_094m, EuroText.Parse("183.094"));
        Assert.Equal(183_094m, EuroText.Parse("183.094 €"));
        Assert.Equal(1_234.56m, EuroText.Parse("1.234,56"));
        Assert.Equal(1_234.5m, EuroText.Parse("1234.5"));
        Assert.Null(EuroText.Parse("1x"));
        Assert.Null(EuroText.Parse("1,005"));
        Assert.Equal("353.094 €", EuroText.Format(353_094m));
    }
}
