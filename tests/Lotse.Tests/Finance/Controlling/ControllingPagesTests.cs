using System.Globalization;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Lotse.Features.Accounts;
using Lotse.Features.Finance.Controlling;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Finance.Controlling;

public sealed class ControllingPagesTests
{
    private const string Root = "/intern/controlling";

    private static Dictionary<string, string> PeriodFields(string name = "Förderung 2015", string start = "2015-01-01", string end = "2015-12-31", string personnel = "238.300") => new()
    {
        ["Input.Name"] = name,
        ["Input.StartsOn"] = start,
        ["Input.EndsOn"] = end,
        ["Input.ApprovalReference"] = "AZ 1",
        ["Input.Approved[Personnel]"] = personnel,
        ["Input.Approved[Overhead]"] = "71.490",
        ["Input.Approved[Workstations]"] = "18.144",
        ["Input.Approved[Offices]"] = "20.160",
        ["Input.Approved[ProjectFunds]"] = "5.000",
        ["Input.Approved[Other]"] = "",
        ["Input.DeviationPercent"] = "10",
        ["Input.DeviationMinimum"] = "500",
    };

    [Fact]
    public async Task A_period_is_created_from_the_form_and_bad_input_gets_400_with_German_messages()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);

        var bad = await WorkbenchTestData.PostFormAsync(client, $"{Root}/neu", PeriodFields(name: "", start: "2015-12-31", end: "2015-01-01", personnel: "viel"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(bad)).QuerySelector("#fehler")!.TextContent;
        Assert.Contains("Bitte einen Namen angeben.", summary, StringComparison.Ordinal);
        Assert.Contains("Das Ende liegt vor dem Beginn.", summary, StringComparison.Ordinal);
        Assert.Contains("Personalkosten: Bitte einen Betrag in Euro angeben", summary, StringComparison.Ordinal);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.FundingPeriods.CountAsync()));

        var good = await WorkbenchTestData.PostFormAsync(client, $"{Root}/neu", PeriodFields());

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var report = await client.GetAsync(good.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("353.094 €", (await AccountsTestData.ParseAsync(report)).QuerySelector("#bewilligt")!.TextContent.Trim());
    }

    [Fact]
    public async Task Actuals_over_the_threshold_are_flagged_in_words_on_the_report()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var id = await WorkbenchTestData.CreatePeriodAsync(factory);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var monthPage = $"{Root}/{id}/monat?monat=2014-03";
        var form = await AccountsTestData.ParseAsync(await client.GetAsync(monthPage));
        var fields = form.QuerySelectorAll("form[method=post] input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList();
        // Project funds plan 1 000 a month: 2 500 is 150 % and 1 500 € over.
        var funds = fields.First(f => f.Key.EndsWith(".Category", StringComparison.Ordinal) && f.Value == nameof(FundingCategory.ProjectFunds)).Key.Replace(".Category", ".Actual", StringComparison.Ordinal);
        fields = fields.Where(f => f.Key != funds).Append(new(funds, "2.500")).ToList();

        var saved = await WorkbenchTestData.PostFormAsync(client, monthPage, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var report = await AccountsTestData.ParseAsync(await client.GetAsync($"{Root}/{id}?monat=2014-03"));
        var flagged = report.QuerySelector("#abweichungsliste")!.TextContent;
        Assert.Contains("Projektmittel", flagged, StringComparison.Ordinal);
        Assert.Contains("Mehrausgabe 150,0 % (1.500 €) über dem Plan", flagged, StringComparison.Ordinal);
        Assert.Equal("2.500 €", report.QuerySelector("#verausgabt")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_bad_monthly_amount_gets_400_and_nothing_is_saved()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var id = await WorkbenchTestData.CreatePeriodAsync(factory);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var stamp = await WorkbenchTestData.WithDbAsync(factory, db => db.FundingPeriods.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());

        var response = await WorkbenchTestData.PostFormAsync(client, $"{Root}/{id}/monat?monat=2014-02", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = stamp.ToString(),
            ["Input[0].Category"] = nameof(FundingCategory.ProjectFunds),
            ["Input[0].Actual"] = "-5",
            ["Input[1].Category"] = nameof(FundingCategory.Offices),
            ["Input[1].Actual"] = "100",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Projektmittel, Ist: Bitte einen Betrag in Euro angeben", (await AccountsTestData.ParseAsync(response)).QuerySelector("#fehler")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.ControllingAmounts.CountAsync()));
    }

    [Fact]
    public async Task A_reader_sees_the_report_but_may_not_enter_figures()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var id = await WorkbenchTestData.CreatePeriodAsync(factory);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);
        var stamp = await WorkbenchTestData.WithDbAsync(factory, db => db.FundingPeriods.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());

        var response = await WorkbenchTestData.PostFormAsync(client, $"{Root}/{id}/monat?monat=2014-02", new Dictionary<string, string>
        {
            ["ConcurrencyStamp"] = stamp.ToString(),
            ["Input[0].Category"] = nameof(FundingCategory.Offices),
            ["Input[0].Actual"] = "100",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.ControllingAmounts.CountAsync()));
    }

    [Fact]
    public async Task Recording_a_vacancy_lowers_the_personnel_plan_on_the_report()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var id = await WorkbenchTestData.CreatePeriodAsync(factory);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var position = await WorkbenchTestData.WithDbAsync(factory, db => db.FundedPositions.Where(p => p.FundingPeriodId == id).SingleAsync());

        var response = await WorkbenchTestData.PostFormAsync(client, $"{Root}/{id}/stellen", new Dictionary<string, string>
        {
            ["Change.PositionId"] = position.Id.ToString(),
            ["Change.ConcurrencyStamp"] = position.ConcurrencyStamp.ToString(),
            ["Change.Date"] = "2014-07-01",
        }, $"{Root}/{id}/stellen?handler=Vacate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await AccountsTestData.ParseAsync(await client.GetAsync($"{Root}/{id}?monat=2014-07"));
        var row = report.QuerySelectorAll("#stellen tbody tr").Single();
        // Plan Monat is the second column: vacant all July.
        Assert.Equal("0 €", row.QuerySelectorAll("td")[0].TextContent.Trim());
        // Projection to year end: no actuals yet (0) + the plan of August to December (0, still vacant).
        Assert.Equal("0 €", row.QuerySelectorAll("td")[4].TextContent.Trim());
    }

    [Fact]
    public async Task The_monthly_report_exports_open_as_XLSX_PDF_and_CSV()
    {
        using var factory = new LotseAppFactory();
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);
        var id = StableId.From("funding-period", "beispiel-2014");

        var xlsx = await client.GetAsync($"{Root}/{id}/export?monat=2014-04&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal("Kostenart", sheet.Cell(3, 3).GetString());
            Assert.Equal("Personalkosten", sheet.Cell(4, 3).GetString());
            Assert.Equal(238_300d, sheet.Cell(4, 5).GetDouble());
        }

        var csv = await client.GetAsync($"{Root}/{id}/export?monat=2014-04&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var reader = new CsvReader(new StringReader(Encoding.UTF8.GetString(bytes[3..])), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var records = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        // Six categories, the total and the four example positions.
        Assert.Equal(11, records.Count);
        Assert.Equal("2014-04", records[0]["Monat"]);
        Assert.Equal("Personalkosten", records[0]["Kostenart"]);
        Assert.Equal("238300,00", records[0]["Bewilligt"]);

        var pdf = await client.GetAsync($"{Root}/{id}/export?monat=2014-04&format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdfBytes, 0, 4));
        var pdfText = PdfText.Extract(pdfBytes);
        Assert.Contains("Personalkosten", pdfText, StringComparison.Ordinal);
        Assert.Contains("238.300 €", pdfText, StringComparison.Ordinal);

        var bad = await client.GetAsync($"{Root}/{id}/export?monat=2014-04&format=doc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_example_period_is_marked_as_an_example()
    {
        using var factory = new LotseAppFactory();
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.Reader);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"{Root}/{StableId.From("funding-period", "beispiel-2014")}"));

        Assert.Contains("Beispielwerte", page.QuerySelector("#beispiel")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Beispiel", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_actuals_uploads_are_rejected_with_German_messages_and_good_ones_replace_the_month()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var id = await WorkbenchTestData.CreatePeriodAsync(factory);
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        var path = $"{Root}/{id}/import";

        var wrongType = await WorkbenchTestData.PostFileAsync(client, path, "ist.xlsx", [1, 2, 3]);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("Bitte eine CSV-Datei hochladen.", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var invalid = await WorkbenchTestData.PostFileAsync(client, path, "ist.csv", Encoding.UTF8.GetBytes(
            "Monat;Kategorie;Stelle;Betrag\n2014-01;Personalkosten;Fachkraft;5.000\n2015-01;Projektmittel;;100\n2014-02;Kaffee;;10\n2014-02;Raumkosten;Fachkraft;10\n"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var report = (await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehlerliste")!.TextContent;
        Assert.Contains("Zeile 3: „2015-01“ ist kein Monat des Förderzeitraums", report, StringComparison.Ordinal);
        Assert.Contains("Zeile 4: „Kaffee“ ist keine Kostenart", report, StringComparison.Ordinal);
        Assert.Contains("Zeile 5: „Fachkraft“ ist keine geförderte Stelle", report, StringComparison.Ordinal);
        Assert.Equal(0, await WorkbenchTestData.WithDbAsync(factory, db => db.ControllingAmounts.CountAsync()));

        var good = await WorkbenchTestData.PostFileAsync(client, path, "ist.csv", Encoding.UTF8.GetBytes(
            "Monat;Kategorie;Stelle;Betrag\n2014-01;Personalkosten;Fachkraft;5.000\n2014-01;Projektmittel;;250,50\n"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(5_250.50m, (await WorkbenchTestData.WithDbAsync(factory, db => db.ControllingAmounts.Select(a => a.Amount).ToListAsync())).Sum());
    }
}
