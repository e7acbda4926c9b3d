namespace Lotse.Features.Editorial.Translations;

/// <summary>The state of an offer's translation into one language; computed, never stored.</summary>
public enum TranslationStatus
{
    /// <summary>No translation into this language.</summary>
    Missing,
    /// <summary>Made by a person from the German text as it is now.</summary>
    Current,
    /// <summary>Made from an earlier German text: the German changed since (decided by the source hash).</summary>
    Outdated,
    /// <summary>Made by a machine from the German text as it is now; shown with a note.</summary>
    MachineTranslated,
}

/// <summary>The one rule for a translation's status: the hash of the German source decides, never a timestamp.</summary>
public static class TranslationStatusRule
{
    /// <param name="translation">Null when there is none.</param>
    /// <param name="currentSourceHash"><see cref="OfferTexts.SourceHash"/> of the offer's German texts now.</param>
    public static TranslationStatus Of(OfferTranslation? translation, string currentSourceHash) =>
        translation is null ? TranslationStatus.Missing : Of(translation.SourceHash, translation.IsMachineTranslated, currentSourceHash);

    public static TranslationStatus Of(string sourceHash, bool isMachineTranslated, string currentSourceHash)
    {
        // An outdated machine translation is outdated first: neither may be shown as current.
        if (!string.Equals(sourceHash, currentSourceHash, StringComparison.Ordinal))
            return TranslationStatus.Outdated;
        return isMachineTranslated ? TranslationStatus.MachineTranslated : TranslationStatus.Current;
    }

    /// <summary>Whether the portal shows the translation instead of the German text.</summary>
    public static bool IsShown(TranslationStatus status) => status is TranslationStatus.Current or TranslationStatus.MachineTranslated;
}
