using System.Text;
using Lotse.Features.Shared.Reports;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Shared.Reports;

public sealed class PdfReportTests
{
    private static PdfReport Sample(int rows) =>
        new PdfReport("Kostenvergleich Rhein-Sieg-Kreis")
            .Heading("Kostenvergleich")
            .Paragraph("Fachstelle Integration 2013 und Kommunales Integrationszentrum 2013 im Vergleich.")
            .Paragraph("Namen: Gözde Şahin, Łukasz, Олена; Umlaute: äöüß.")
            .Heading("Zeilen", 2)
            .Table(["Position", "Betrag"], Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"Zeile {i}", $"{i * 1000:N0} €"]), rightAligned: [false, true])
            .BarChart("Gesamtkosten", [("Fachstelle", 102_316m), ("KIZ", 353_094m)], "€");

    [Fact]
    public void Report_is_a_tagged_pdf_with_title_and_language()
    {
        var bytes = Sample(3).ToBytes();

        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var document = PdfText.Open(bytes);
        Assert.Equal("Kostenvergleich Rhein-Sieg-Kreis", document.Info.Title);
        var catalog = document.Internals.Catalog;
        Assert.Equal("de-DE", catalog.Elements.GetString("/Lang"));
        Assert.NotNull(catalog.Elements.GetDictionary("/StructTreeRoot"));
        var raw = Encoding.Latin1.GetString(bytes);
        foreach (var tag in new[] { "/H1", "/H2", "/P", "/Table", "/TR", "/TH", "/TD", "/Figure" })
            Assert.Matches(@"/S\s*" + tag + @"\b", raw);
    }

    [Fact]
    public void Text_reads_back_including_umlauts_and_numbers()
    {
        var text = PdfText.Extract(Sample(3).ToBytes());

        Assert.Contains("Kostenvergleich", text);
        Assert.Contains("Namen: Gözde Şahin, Łukasz, Олена; Umlaute: äöüß.", text);
        Assert.Contains("Zeile 3", text);
        Assert.Contains("353.094\u00a0€", text);   // value and unit kept together
    }

    [Fact]
    public void Long_tables_continue_on_further_pages_with_every_row()
    {
        var bytes = Sample(200).ToBytes();

        using var document = PdfText.Open(bytes);
        Assert.True(document.PageCount >= 4, $"200 rows on {document.PageCount} pages");
        var text = PdfText.Extract(bytes);
        Assert.Contains("Zeile 1\n", text);
        Assert.Contains("Zeile 200\n", text);
        Assert.Contains("Seite 4", text);
    }
}
