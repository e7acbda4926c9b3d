using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Translations;

/// <summary>
/// The user-facing texts of an offer in one portal language other than German. Its status is not stored:
/// <see cref="TranslationStatusRule"/> compares <see cref="SourceHash"/> with the hash of the German text now.
/// </summary>
public sealed class OfferTranslation : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer Offer { get; set; } = null!;

    /// <summary>Portal culture segment ("en", "tr", …); never "de".</summary>
    public required string Culture { get; set; }

    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    /// <summary>Markdown; rendered sanitised.</summary>
    public required string Description { get; set; }
    public string? FeesDescription { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? ApplicationProcess { get; set; }

    /// <summary>SHA-256 (hex) of the German source texts this translation was made from; see <see cref="OfferTexts.SourceHash"/>.</summary>
    public required string SourceHash { get; set; }

    public bool IsMachineTranslated { get; set; }

    /// <summary>Who saved the translation last (e-mail or import name).</summary>
    public string? TranslatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public OfferTexts Texts => new(Name, AlternateName, Description, FeesDescription, EligibilityDescription, ApplicationProcess);
}
