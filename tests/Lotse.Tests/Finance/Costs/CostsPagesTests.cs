using System.Net;
using ClosedXML.Excel;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Finance.Costs;

/// <summary>The cost pages on the demo data, read as a reader (Lesend).</summary>
public sealed class CostsPagesTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    private static string Cell(AngleSharp.Dom.IElement row, int index) => row.QuerySelectorAll("th, td")[index].TextContent.Trim();

    [Theory]
    [InlineData("fachstelle", "69.800 €", "20.940 €", "4.536 €", "5.040 €", "2.000 €", "102.316 €", "0 €", "102.316 €")]
    [InlineData("kiz", "238.300 €", "71.490 €", "18.144 €", "20.160 €", "5.000 €", "353.094 €", "170.000 €", "183.094 €")]
    public async Task The_statement_page_reproduces_the_2013_cost_table(string which, string personnel, string overhead, string workstations,
        string offices, string projectFunds, string total, string funding, string county)
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);
        var id = which == "kiz" ? CostsTestData.KizId : CostsTestData.FachstelleId;

        var response = await client.GetAsync($"/intern/kosten/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var rows = page.QuerySelectorAll("#kostenaufstellung tbody tr").ToDictionary(r => r.GetAttribute("data-kind")!, r => Cell(r, 2));
        Assert.Equal(personnel, rows["Personnel"]);
        Assert.Equal(overhead, rows["Overhead"]);
        Assert.Equal(workstations, rows["Workstations"]);
        Assert.Equal(offices, rows["Offices"]);
        Assert.Equal(projectFunds, rows["ProjectFunds"]);
        Assert.Equal(total, rows["Total"]);
        Assert.Equal(funding, rows["StateFunding"]);
        Assert.Equal(county, rows["CountyShare"]);
        // A reader sees no way to change it.
        Assert.Null(page.QuerySelector($"a[href='/intern/kosten/{id}/bearbeiten']"));
    }

    [Fact]
    public async Task The_kiz_personnel_line_names_the_positions_and_the_source_of_the_sum()
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync($"/intern/kosten/{CostsTestData.KizId}"));

        var personnel = page.QuerySelector("#kostenaufstellung tr[data-kind=Personnel]")!;
        Assert.Contains("1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD E 6", Cell(personnel, 1));
        Assert.Contains("Kostenaufstellung 2013 (Vorlage 2013)", Cell(personnel, 1));
    }

    [Fact]
    public async Task The_list_shows_both_scenarios_and_offers_the_comparison()
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);

        var page = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/kosten"));

        var text = page.QuerySelector("table")!.TextContent;
        Assert.Contains("Fachstelle Integration 2013", text);
        Assert.Contains("353.094 €", text);
        Assert.NotNull(page.QuerySelector("form[action='/intern/kosten/vergleich'] select[name=a]"));
        Assert.NotNull(page.QuerySelector("a[href='/intern/kosten']"));   // the menu line
    }

    [Fact]
    public async Task The_comparison_shows_the_difference_per_line_as_table_and_chart()
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);

        var response = await client.GetAsync($"/intern/kosten/vergleich?a={CostsTestData.FachstelleId}&b={CostsTestData.KizId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var rows = page.QuerySelectorAll("#vergleich tbody tr").ToDictionary(r => Cell(r, 0), r => (A: Cell(r, 1), B: Cell(r, 2), D: Cell(r, 3)));
        Assert.Equal(("69.800 €", "238.300 €", "+168.500 €"), rows["Personalkosten"]);
        Assert.Equal(("102.316 €", "353.094 €", "+250.778 €"), rows["Gesamtkosten"]);
        Assert.Equal(("0 €", "170.000 €", "+170.000 €"), rows["Kostenerstattung Land NRW"]);
        Assert.Equal(("102.316 €", "183.094 €", "+80.778 €"), rows["Jährlicher Kostenanteil Kreis"]);
        var chart = page.QuerySelector("figure.lotse-chart")!;
        Assert.Equal(2 * rows.Count, chart.QuerySelectorAll("svg rect").Length);
        Assert.Contains("B: Gesamtkosten", chart.TextContent);
    }

    [Theory]
    [InlineData("a=&b=", "a")]
    [InlineData("a=kaputt&b=00000000-0000-0000-0000-000000000000", "b")]
    public async Task A_comparison_of_unknown_scenarios_is_a_400_with_an_error_summary(string query, string field)
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);

        var response = await client.GetAsync("/intern/kosten/vergleich?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.NotNull(page.QuerySelector($"#fehler a[href='#{field}']"));
    }

    [Fact]
    public async Task The_comparison_and_the_statement_export_as_xlsx_that_opens()
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);

        var comparison = await client.GetAsync($"/intern/kosten/vergleich?a={CostsTestData.FachstelleId}&b={CostsTestData.KizId}&handler=Xlsx");
        var statement = await client.GetAsync($"/intern/kosten/{CostsTestData.KizId}?handler=Xlsx");

        Assert.Equal(HttpStatusCode.OK, comparison.StatusCode);
        using (var workbook = new XLWorkbook(await comparison.Content.ReadAsStreamAsync()))
        {
            var sheet = workbook.Worksheet("Vergleich");
            var total = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Gesamtkosten");
            Assert.Equal(102_316m, total.Cell(2).GetValue<decimal>());
            Assert.Equal(353_094m, total.Cell(3).GetValue<decimal>());
            Assert.Equal(250_778m, total.Cell(4).GetValue<decimal>());
        }
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        using (var workbook = new XLWorkbook(await statement.Content.ReadAsStreamAsync()))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal(183_094m, sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Jährlicher Kostenanteil Kreis").Cell(3).GetValue<decimal>());
        }
    }

    [Fact]
    public async Task The_comparison_and_the_statement_export_as_pdf_with_the_figures()
    {
        var client = await CostsTestData.ClientAsync(app.Factory, Roles.Reader);

        var comparison = await client.GetAsync($"/intern/kosten/vergleich?a={CostsTestData.FachstelleId}&b={CostsTestData.KizId}&handler=Pdf");
        var statement = await client.GetAsync($"/intern/kosten/{CostsTestData.KizId}?handler=Pdf");

        Assert.Equal("application/pdf", comparison.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Extract(await comparison.Content.ReadAsByteArrayAsync());
        Assert.Contains("250.778", text);
        Assert.Contains("Kostenvergleich", text);
        Assert.Equal("application/pdf", statement.Content.Headers.ContentType?.MediaType);
        Assert.Contains("183.094", PdfText.Extract(await statement.Content.ReadAsByteArrayAsync()));
    }
}
