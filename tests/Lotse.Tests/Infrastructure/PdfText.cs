using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Lotse.Tests.Infrastructure;

/// <summary>
/// Reads the text of a PDF back, as a reader's copy-and-paste would: glyph codes of each text operator mapped
/// through the font's ToUnicode table. Enough for tests to check that a report says what it should.
/// </summary>
public static partial class PdfText
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>The text of every page, one line per text operator, pages separated by a form feed.</summary>
    public static string Extract(byte[] pdf)
    {
        using var document = Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var maps = FontMaps(page);
            Dictionary<int, string>? current = null;
            foreach (var op in Operators(ContentReader.ReadContent(page)))
            {
                if (op.OpCode.Name == "Tf" && op.Operands.Count > 0 && op.Operands[0] is CName font)
                    current = maps.GetValueOrDefault(font.Name);
                else if (op.OpCode.Name is "Tj" or "TJ" or "'" or "\"")
                {
                    foreach (var s in Strings(op.Operands))
                        text.Append(Decode(s, current));
                    text.Append('\n');
                }
            }
            text.Append('\f');
        }
        return text.ToString();
    }

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op)
                yield return op;
            else if (item is CSequence inner)
                foreach (var nested in Operators(inner))
                    yield return nested;
        }
    }

    private static IEnumerable<CString> Strings(CSequence operands)
    {
        foreach (var operand in operands)
        {
            if (operand is CString s)
                yield return s;
            else if (operand is CArray array)
                foreach (var inner in Strings(array))
                    yield return inner;
        }
    }

    private static string Decode(CString value, Dictionary<int, string>? map)
    {
        var bytes = value.Value.Select(c => (byte)c).ToArray();
        if (map is null)
            return Encoding.Latin1.GetString(bytes);
        var text = new StringBuilder();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
            text.Append(map.GetValueOrDefault((bytes[i] << 8) | bytes[i + 1], "\uFFFD"));
        return text.ToString();
    }

    private static Dictionary<string, Dictionary<int, string>> FontMaps(PdfPage page)
    {
        var result = new Dictionary<string, Dictionary<int, string>>();
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        if (fonts is null)
            return result;
        foreach (var name in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(name);
            var toUnicode = font?.Elements.GetDictionary("/ToUnicode");
            if (toUnicode?.Stream is null)
                continue;
            var cmap = Encoding.Latin1.GetString(toUnicode.Stream.UnfilteredValue);
            var map = new Dictionary<int, string>();
            foreach (Match m in BfChar().Matches(cmap))
                map[Convert.ToInt32(m.Groups[1].Value, 16)] = Utf16(m.Groups[2].Value);
            foreach (Match m in BfRange().Matches(cmap))
            {
                int lo = Convert.ToInt32(m.Groups[1].Value, 16), hi = Convert.ToInt32(m.Groups[2].Value, 16), start = Convert.ToInt32(m.Groups[3].Value, 16);
                for (var code = lo; code <= hi; code++)
                    map[code] = char.ConvertFromUtf32(start + code - lo);
            }
            result[name] = map;
        }
        return result;
    }

    private static string Utf16(string hex) =>
        Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>(?=\s*(?:<[0-9A-Fa-f]{4}>\s*<|endbfchar))")]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>")]
    private static partial Regex BfRange();
}
