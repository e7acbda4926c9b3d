using System.Text;
using Lotse.Features.Directory;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// Finds the county's municipality of an address: by the town's name ("Hennef" = "Hennef (Sieg)",
/// "Troisdorf-Sieglar" = Troisdorf, "St. Augustin" = Sankt Augustin), otherwise by the postcode
/// (the postcodes of the 19 towns of the Rhein-Sieg-Kreis, below).
/// </summary>
public sealed class MunicipalityMatcher
{
    private readonly List<(string Name, Municipality Municipality)> _names;
    private readonly Dictionary<string, Municipality> _postcodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Municipality> _byCode;

    public MunicipalityMatcher(IEnumerable<Municipality> municipalities)
    {
        var list = municipalities.ToList();
        _names = list.Select(m => (Normalize(m.Name), m))
            .Concat(list.Select(m => (Normalize(ShortName(m.Name)), m)))
            .Distinct()
            .OrderByDescending(x => x.Item1.Length)
            .ToList();
        var byCode = _byCode = list.ToDictionary(m => m.Code, StringComparer.Ordinal);
        foreach (var (postcode, code) in Postcodes)
        {
            if (byCode.TryGetValue(code, out var municipality))
                _postcodes[postcode] = municipality;
        }
    }

    public Municipality? Match(string? city, string? postalCode)
    {
        var name = Normalize(city);
        if (name.Length > 0)
        {
            foreach (var (known, municipality) in _names)
            {
                if (name == known || name.StartsWith(known + " ", StringComparison.Ordinal))
                    return municipality;
            }
        }
        var digits = new string((postalCode ?? "").Where(char.IsDigit).ToArray());
        return _postcodes.GetValueOrDefault(digits);
    }

    /// <summary>The municipality with this official key (AGS), e.g. 05382068.</summary>
    public Municipality? ByCode(string? code) =>
        code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The municipality named by a free text such as a service area ("Stadt Troisdorf", "Siegburg").</summary>
    public Municipality? MatchName(string? text)
    {
        var name = Normalize(text);
        foreach (var prefix in new[] { "stadt ", "gemeinde " })
            if (name.StartsWith(prefix, StringComparison.Ordinal))
                name = name[prefix.Length..];
        return _names.Where(n => n.Name == name).Select(n => n.Municipality).FirstOrDefault();
    }

    private static string ShortName(string name)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }

    /// <summary>Lower case, "St." → "sankt", punctuation and hyphens as spaces.</summary>
    private static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "st" ? "sankt" : w);
        return string.Join(' ', words);
    }

    // Postcode → AGS; each of these postcodes lies in one town only.
    private static readonly (string Postcode, string Code)[] Postcodes =
    [
        ("53347", "05382004"), ("53604", "05382008"), ("53332", "05382012"), ("53783", "05382016"),
        ("53773", "05382020"), ("53639", "05382024"), ("53797", "05382028"), ("53340", "05382032"),
        ("53804", "05382036"), ("53819", "05382040"), ("53859", "05382044"), ("53359", "05382048"),
        ("53809", "05382052"), ("53757", "05382056"), ("53721", "05382060"), ("53913", "05382064"),
        ("53840", "05382068"), ("53842", "05382068"), ("53844", "05382068"), ("53343", "05382072"),
        ("51570", "05382076"),
    ];
}
