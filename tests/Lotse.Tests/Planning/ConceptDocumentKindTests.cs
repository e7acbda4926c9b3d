using System.IO.Compression;
using System.Text;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Participation;

namespace Lotse.Tests.Planning;

public sealed class ConceptDocumentKindTests
{
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.ASCII);
                writer.Write(content);
            }
        return buffer.ToArray();
    }

    public static byte[] Docx => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
    public static byte[] Odt => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    [Fact]
    public void Formats_are_recognised_from_the_content()
    {
        Assert.Same(ConceptDocumentKind.Pdf, ConceptDocumentKind.Sniff(new MemoryStream(PlanningTestData.MinimalPdf)));
        Assert.Same(ConceptDocumentKind.Docx, ConceptDocumentKind.Sniff(new MemoryStream(Docx)));
        Assert.Same(ConceptDocumentKind.Odt, ConceptDocumentKind.Sniff(new MemoryStream(Odt)));
    }

    [Fact]
    public void Other_content_is_refused_whatever_it_is_called()
    {
        Assert.Null(ConceptDocumentKind.Sniff(new MemoryStream("<html>PDF</html>"u8.ToArray())));
        Assert.Null(ConceptDocumentKind.Sniff(new MemoryStream(Zip(("readme.txt", "hallo")))));
        Assert.Null(ConceptDocumentKind.Sniff(new MemoryStream(Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))));
        Assert.Null(ConceptDocumentKind.Sniff(new MemoryStream("PK\u0003\u0004broken"u8.ToArray())));
        Assert.Null(ConceptDocumentKind.Sniff(new MemoryStream([])));
    }

    [Fact]
    public void Involved_from_the_start_means_on_or_before_the_first_step_and_stays_open_without_dates()
    {
        var start = ParticipationFromStart.ProcessStart(null, [new DateOnly(2013, 9, 25), null, new DateOnly(2013, 7, 1)]);

        Assert.Equal(new DateOnly(2013, 7, 1), start);
        Assert.True(ParticipationFromStart.IsFromStart(new DateOnly(2013, 7, 1), start));
        Assert.False(ParticipationFromStart.IsFromStart(new DateOnly(2013, 7, 2), start));
        Assert.Null(ParticipationFromStart.IsFromStart(null, start));
        Assert.Equal(new DateOnly(2013, 1, 1), ParticipationFromStart.ProcessStart(new DateOnly(2013, 1, 1), [new DateOnly(2012, 5, 1)]));
    }
}
