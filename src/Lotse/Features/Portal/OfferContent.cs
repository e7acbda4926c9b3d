using Lotse.Features.Directory;
using Lotse.Features.Editorial.Translations;

namespace Lotse.Features.Portal;

/// <summary>
/// The free texts of an offer as a page in one language shows them: the translation where it is current
/// (or machine-made, with a note), otherwise the German text with a note and <c>lang="de"</c>.
/// </summary>
public sealed record OfferContent(OfferTexts Texts, TranslationStatus Status, bool IsTranslated)
{
    /// <summary>The note's resource key (Features.Portal.ContentLanguageResource), or null when none is due.</summary>
    public string? NoteKey => IsGermanPage ? null : Status switch
    {
        TranslationStatus.Missing => "Note.GermanOnly",
        TranslationStatus.Outdated => "Note.Outdated",
        TranslationStatus.MachineTranslated => "Note.MachineTranslated",
        _ => null,
    };

    /// <param name="translation">The offer's translation into <paramref name="culture"/>, if any; ignored on German pages.</param>
    public static OfferContent For(Offer offer, OfferTranslation? translation, PortalCulture culture)
    {
        var german = OfferTexts.Of(offer);
        if (culture == PortalCultures.Default)
            return new OfferContent(german, TranslationStatus.Current, IsTranslated: false) { IsGermanPage = true };
        var status = TranslationStatusRule.Of(translation, german.SourceHash());
        return TranslationStatusRule.IsShown(status)
            ? new OfferContent(translation!.Texts, status, IsTranslated: true)
            : new OfferContent(german, status, IsTranslated: false);
    }

    /// <summary>German page: the German text is the page's language, no note.</summary>
    public bool IsGermanPage { get; private init; }
}
