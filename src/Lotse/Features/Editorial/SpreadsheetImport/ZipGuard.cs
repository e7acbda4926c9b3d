using System.IO.Compression;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>
/// Checks an XLSX (a zip archive) before ClosedXML opens it: few entries and a bounded unpacked size, counted
/// by really inflating every entry (the sizes in the archive's directory can lie), so a zip bomb never
/// reaches the spreadsheet library.
/// </summary>
public static class ZipGuard
{
    public const int MaxEntries = 200;
    public const long MaxUnpackedBytes = 50L * 1024 * 1024;

    public enum Verdict
    {
        Ok,
        NotAnArchive,
        TooLarge,
    }

    public static Verdict Check(byte[] content)
    {
        // "PK\x03\x04": a local file header; everything else is not an XLSX.
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
            return Verdict.NotAnArchive;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
                return Verdict.TooLarge;
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > MaxUnpackedBytes)
                    return Verdict.TooLarge;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUnpackedBytes)
                        return Verdict.TooLarge;
                }
            }
            return Verdict.Ok;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return Verdict.NotAnArchive;
        }
    }
}
