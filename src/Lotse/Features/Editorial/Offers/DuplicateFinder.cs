using System.Globalization;
using System.Text;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Offers;

/// <summary>A street address as the duplicate check compares it.</summary>
public sealed record PostalAddress(string? Street, string? PostalCode);

/// <summary>An offer as the duplicate check sees it; <see cref="Id"/> is null for one not yet saved.</summary>
public sealed record DuplicateKey(Guid? Id, string Name, IReadOnlyList<PostalAddress> Addresses, Guid? MunicipalityId);

/// <summary>An existing offer that looks like the one being saved.</summary>
public sealed record DuplicateCandidate(Guid Id, string Name, OfferStatus Status, double Similarity);

/// <summary>
/// Finds offers that are probably the same as another: names close after normalisation (case, umlauts,
/// punctuation; Levenshtein ratio ≥ <see cref="Threshold"/>) and the same street address — or, when
/// one of them has no address, the same municipality (both county-wide counts as the same).
/// </summary>
public static class DuplicateFinder
{
    public const double Threshold = 0.8;

    public static bool IsDuplicate(DuplicateKey probe, DuplicateKey other) =>
        (probe.Id is null || probe.Id != other.Id) && SamePlace(probe, other) && Similarity(probe.Name, other.Name) >= Threshold;

    public static bool SamePlace(DuplicateKey a, DuplicateKey b)
    {
        var addressesA = a.Addresses.Select(NormalizeAddress).Where(x => x is not null).ToHashSet();
        var addressesB = b.Addresses.Select(NormalizeAddress).Where(x => x is not null).ToList();
        if (addressesA.Count > 0 && addressesB.Count > 0)
            return addressesB.Any(addressesA.Contains);
        return a.MunicipalityId == b.MunicipalityId;
    }

    /// <summary>1 for equal normalised names, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        var x = NormalizeName(a);
        var y = NormalizeName(b);
        var longest = Math.Max(x.Length, y.Length);
        return longest == 0 ? 1 : 1 - (double)Levenshtein(x, y) / longest;
    }

    /// <summary>Lower case, umlauts and accents folded (ä → ae, é → e), punctuation removed, spaces collapsed.</summary>
    public static string NormalizeName(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>Street and postal code as one comparable key ("Kölner Str. 5" = "Kölnerstraße 5"); null without both.</summary>
    public static string? NormalizeAddress(PostalAddress address)
    {
        if (string.IsNullOrWhiteSpace(address.Street) || string.IsNullOrWhiteSpace(address.PostalCode))
            return null;
        var street = new string(Fold(address.Street).Where(char.IsLetterOrDigit).ToArray()).Replace("strasse", "str", StringComparison.Ordinal);
        var postalCode = new string(address.PostalCode.Where(char.IsDigit).ToArray());
        return $"{postalCode}|{street}";
    }

    /// <summary>The offers in the database that look like <paramref name="probe"/>, closest first.</summary>
    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(LotseDbContext db, DuplicateKey probe, CancellationToken cancellationToken)
    {
        // Narrowed in the database to offers at one of the probe's postal codes or in its municipality;
        // the exact rule runs here.
        var postalCodes = probe.Addresses.Select(a => a.PostalCode?.Trim()).Where(p => !string.IsNullOrEmpty(p)).Distinct().ToList();
        var excluded = probe.Id ?? Guid.Empty;
        var rows = await db.Offers
            .Where(o => o.Id != excluded && (o.MunicipalityId == probe.MunicipalityId || o.Locations.Any(l => postalCodes.Contains(l.PostalCode!))))
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.Status,
                o.MunicipalityId,
                Addresses = o.Locations.Select(l => new { l.Street, l.PostalCode }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => (Row: r, Key: new DuplicateKey(r.Id, r.Name, r.Addresses.Select(a => new PostalAddress(a.Street, a.PostalCode)).ToList(), r.MunicipalityId)))
            .Where(x => IsDuplicate(probe, x.Key))
            .Select(x => new DuplicateCandidate(x.Row.Id, x.Row.Name, x.Row.Status, Similarity(probe.Name, x.Row.Name)))
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string Fold(string? text)
    {
        var lower = (text ?? "").ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
