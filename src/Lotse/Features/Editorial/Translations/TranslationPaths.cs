namespace Lotse.Features.Editorial.Translations;

/// <summary>Addresses of the translation pages, for links from other pages.</summary>
public static class TranslationPaths
{
    public static string List(Guid offerId) => $"/intern/angebote/{offerId}/uebersetzungen";

    public static string Edit(Guid offerId, string culture) => $"{List(offerId)}/{culture}";
}
