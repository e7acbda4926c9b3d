using System.IO.Compression;
using System.Text;

namespace Lotse.Features.Planning.Concept;

/// <summary>The accepted document formats, recognised from the bytes, never from the file name.</summary>
public sealed record ConceptDocumentKind(string ContentType, string Extension)
{
    public static readonly ConceptDocumentKind Pdf = new("application/pdf", ".pdf");
    public static readonly ConceptDocumentKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly ConceptDocumentKind Odt = new("application/vnd.oasis.opendocument.text", ".odt");

    /// <summary>PDF by its header; DOCX and ODT are ZIP packages, told apart by the parts they must contain.</summary>
    public static ConceptDocumentKind? Sniff(Stream content)
    {
        Span<byte> head = stackalloc byte[5];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == 5 && head.SequenceEqual("%PDF-"u8))
            return Pdf;
        if (read < 4 || !head[..4].SequenceEqual("PK\u0003\u0004"u8))
            return null;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == Odt.ContentType ? Odt : null;
            }
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    public static ConceptDocumentKind? FromContentType(string? contentType) =>
        new[] { Pdf, Docx, Odt }.FirstOrDefault(k => k.ContentType == contentType);
}
