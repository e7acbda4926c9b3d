using System.Text;

namespace Lotse.Features.Portal;

/// <summary>
/// Writes a vCard 4.0 (RFC 6350): text values escaped (§3.4), lines folded at 75 octets without
/// splitting a UTF-8 sequence (§3.2), CRLF line ends.
/// </summary>
public sealed class VCardBuilder
{
    private const int MaxLineOctets = 75;
    private readonly List<string> _lines = ["BEGIN:VCARD", "VERSION:4.0"];

    public VCardBuilder Kind(string kind) => Add("KIND", Escape(kind));

    public VCardBuilder FormattedName(string name) => Add("FN", Escape(name));

    public VCardBuilder Organization(string name) => Add("ORG", Escape(name));

    public VCardBuilder Note(string? note) => note is null ? this : Add("NOTE", Escape(note));

    /// <summary>ADR's components: PO box; extended address; street; locality; region; postal code; country.</summary>
    public VCardBuilder Address(string? street, string? locality, string? postalCode, string? country, string? label = null)
    {
        var value = string.Join(';', "", "", Escape(street), Escape(locality), "", Escape(postalCode), Escape(country));
        var parameters = label is null ? ";TYPE=work" : $";TYPE=work;LABEL=\"{ParameterValue(label)}\"";
        return Add("ADR" + parameters, value);
    }

    public VCardBuilder Phone(string? phone)
    {
        var uri = PhoneNumbers.ToTelUri(phone);
        return uri is null ? this : Add("TEL;VALUE=uri;TYPE=work,voice", uri);
    }

    public VCardBuilder Email(string? email) => string.IsNullOrWhiteSpace(email) ? this : Add("EMAIL;TYPE=work", Escape(email.Trim()));

    public VCardBuilder Url(string? url) => string.IsNullOrWhiteSpace(url) ? this : Add("URL", url.Trim());

    public string Build()
    {
        var text = new StringBuilder();
        foreach (var line in _lines.Append("END:VCARD"))
            AppendFolded(text, line);
        return text.ToString();
    }

    /// <summary>Escapes a TEXT value: backslash, comma, semicolon and line breaks.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case ',': text.Append(@"\,"); break;
                case ';': text.Append(@"\;"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                        i++;
                    text.Append(@"\n");
                    break;
                case '\n': text.Append(@"\n"); break;
                default:
                    if (!char.IsControl(c))
                        text.Append(c);
                    break;
            }
        }
        return text.ToString();
    }

    // Parameter values cannot hold DQUOTE or control characters (RFC 6868 aside): drop them.
    private static string ParameterValue(string value) =>
        new(value.Where(c => c != '"' && !char.IsControl(c)).ToArray());

    private VCardBuilder Add(string nameAndParameters, string value)
    {
        _lines.Add($"{nameAndParameters}:{value}");
        return this;
    }

    private static void AppendFolded(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var length = rune.Utf8SequenceLength;
            if (octets + length > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1; // the leading space of a continuation line counts
            }
            text.Append(rune.ToString());
            octets += length;
        }
        text.Append("\r\n");
    }
}
