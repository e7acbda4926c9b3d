using System.Security.Cryptography;
using System.Text;
using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Translations;

/// <summary>
/// The translatable, user-facing texts of an offer: what the portal shows as free text. Phone, e-mail,
/// addresses, dates and terms are not among them (they are language-neutral or translated as terms).
/// </summary>
public sealed record OfferTexts(
    string Name,
    string? AlternateName,
    string Description,
    string? FeesDescription,
    string? EligibilityDescription,
    string? ApplicationProcess)
{
    public static OfferTexts Of(Offer offer) => new(offer.Name, offer.AlternateName, offer.Description,
        offer.FeesDescription, offer.EligibilityDescription, offer.ApplicationProcess);

    /// <summary>
    /// SHA-256 (lower-case hex) of the texts, normalised so that only a change a reader can see outdates a
    /// translation: each field trimmed at both ends, line endings as \n, Unicode NFC, empty and missing alike.
    /// Whitespace inside a text counts (Markdown may depend on it). Each field is length-prefixed, so moving
    /// text from one field to the next changes the hash too.
    /// </summary>
    public string SourceHash()
    {
        var text = new StringBuilder();
        foreach (var field in (string?[])[Name, AlternateName, Description, FeesDescription, EligibilityDescription, ApplicationProcess])
        {
            var normal = Normalise(field);
            text.Append(normal.Length).Append(':').Append(normal).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : value.Trim().ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);
}
