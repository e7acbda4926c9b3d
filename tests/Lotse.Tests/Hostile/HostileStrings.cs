using System.Text;

namespace Lotse.Tests.Hostile;

/// <summary>
/// Generated hostile values from a seeded <see cref="Random"/>: the same seed gives the same inputs, so a failure
/// can be replayed. Kinds: markup and script, query syntax, SQL, control and direction characters, huge and empty
/// values, numbers out of range, dates, broken percent-encodings, formula prefixes, XML entities, deep JSON.
/// </summary>
public static class HostileStrings
{
    /// <summary>Appears in every stored markup payload; rendered back unescaped it would show up in the HTML as a tag.</summary>
    public const string Marker = "lotse-xss";

    private static readonly string[] Fixed =
    [
        "", " ", "\t\r\n", "0", "-1", "2147483648", "-2147483649", "1e309", "NaN", "Infinity", "0x10", "1,5", "1.5.5",
        "9999999999999999999999999", "00000", "53721", "true", "null", "undefined", "[]", "{}",
        $"<{Marker}>", $"<script>{Marker}()</script>", $"\"><img src=x onerror={Marker}>", $"javascript:{Marker}()",
        $"<svg/onload={Marker}>", $"<a href=\"javascript:{Marker}\">x</a>", $"[x](javascript:{Marker})", $"<iframe src=//{Marker}>",
        "' OR '1'='1", "'; DROP TABLE \"Offers\"; --", "\" OR 1=1 --", "%' AND 1=1 --",
        "title:(a OR", "*", "?", "~", "a~0.5", "\"unbalanced", "(((((", ")))))", "a AND OR NOT b", "\\", "/regex/", "field:[a TO", "^2", "+-!&&||",
        "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\")",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><x>&b;</x>",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>",
        "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "\uD800", "\uDFFF", "\uFFFE\uFFFF", "💥🇩🇪👩‍👩‍👧",
        "Ünïcödé Straße", "ﻣﺮﺣﺒﺎ", "Привет", "Zażółć", "İıŞşĞğ", "e\u0301", "ǅ",
        "../../etc/passwd", "..\\..\\windows", "%2e%2e%2f", "file:///etc/passwd", "http://127.0.0.1:22/", "//evil.example",
        "{{7*7}}", "${7*7}", "<%= 7*7 %>", "%s%s%s%n", "{0}{1}", "\r\nSet-Cookie: x=1", "a\r\nLocation: //evil",
        "2026-02-30", "0000-00-00", "9999-12-31", "31.12.1899", "-0001-01-01", "2026-13-01T25:61",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "troisdorf", "sprache", "frauen", "de", "ar",
    ];

    /// <summary>Percent-encoded byte sequences that are not valid UTF-8 (for query strings).</summary>
    public static readonly string[] BrokenPercentEncodings = ["%C3%28", "%A0%A1", "%E2%28%A1", "%F0%28%8C%BC", "%FF", "%C0%AF", "%ED%A0%80", "%", "%G1", "%%", "%00"];

    public static string Next(Random random)
    {
        return random.Next(10) switch
        {
            0 => new string((char)random.Next(0x20, 0x7E), random.Next(1000, 70_000)),   // huge
            1 => Mix(random, 3),
            2 => RandomUnicode(random, random.Next(1, 40)),
            3 => random.Next(int.MinValue, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => Fixed[random.Next(Fixed.Length)],
        };
    }

    /// <summary>A value for a query string, already percent-encoded, sometimes with broken UTF-8.</summary>
    public static string NextQueryValue(Random random) =>
        random.Next(6) == 0
            ? Uri.EscapeDataString(Fixed[random.Next(Fixed.Length)]) + BrokenPercentEncodings[random.Next(BrokenPercentEncodings.Length)]
            : Uri.EscapeDataString(Truncate(Next(random), 8000));

    /// <summary>Invalid UTF-8 bytes for raw bodies.</summary>
    public static byte[] BrokenUtf8(Random random)
    {
        var bytes = new byte[random.Next(1, 64)];
        random.NextBytes(bytes);
        bytes[0] = 0xC3;
        if (bytes.Length > 1)
            bytes[1] = 0x28;
        return bytes;
    }

    /// <summary>JSON nested <paramref name="depth"/> levels deep, arrays or objects.</summary>
    public static string DeepJson(int depth, bool objects) =>
        objects
            ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
            : new string('[', depth) + "1" + new string(']', depth);

    private static string Mix(Random random, int parts) =>
        string.Concat(Enumerable.Range(0, parts).Select(_ => Fixed[random.Next(Fixed.Length)]));

    private static string RandomUnicode(Random random, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
            text.Append((char)random.Next(0, 0xFFFF));   // lone surrogates included on purpose
        return text.ToString();
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
