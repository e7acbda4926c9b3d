using System.Text;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>
/// CSV as spreadsheets write it (RFC 4180 quoting): UTF-8 with or without BOM, else Windows-1252 (German Excel's
/// default); the separator is taken from the header line: semicolon (German Excel) or comma.
/// </summary>
public static class CsvText
{
    public static string Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
            return new UTF8Encoding(false).GetString(content, 3, content.Length - 3);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }

    public static char DetectSeparator(string text)
    {
        var end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') >= header.Count(c => c == ',') && header.Contains(';') ? ';'
            : header.Contains(',') ? ',' : header.Contains('\t') ? '\t' : ';';
    }

    /// <summary>The records of <paramref name="text"/>; stops after <paramref name="maxRecords"/> (the caller reports the excess).</summary>
    public static List<List<string>> Parse(string text, char separator, int maxRecords)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0)
                quoted = true;
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                if (records.Count > maxRecords)
                    return records;
            }
            else
                field.Append(c);
            i++;
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }

    /// <summary>One CSV line; fields with separator, quote or line break are quoted.</summary>
    public static string Line(IEnumerable<string> fields, char separator) =>
        string.Join(separator, fields.Select(f => f.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
}
