using System.Globalization;
using System.Text;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Keys of new questions and options: derived from the German text, lower case ASCII, unique among the given ones.</summary>
public static class SurveyKeys
{
    public const int MaxLength = 60;

    public static string From(string text, IEnumerable<string> taken)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant()
                     .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
                     .Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '_')
                builder.Append('_');
        }
        var stem = builder.ToString().Trim('_');
        if (stem.Length > 40)
            stem = stem[..40].TrimEnd('_');
        if (stem.Length == 0)
            stem = "frage";
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var key = stem;
        for (var n = 2; used.Contains(key); n++)
            key = $"{stem}_{n}";
        return key;
    }
}
