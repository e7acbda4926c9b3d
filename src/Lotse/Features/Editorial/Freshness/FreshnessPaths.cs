namespace Lotse.Features.Editorial.Freshness;

public static class FreshnessPaths
{
    public const string Dashboard = "/intern/aktualitaet";
    public const string Reminders = "/intern/erinnerungen";

    public static string Confirm(Guid offerId) => $"/intern/aktualitaet/{offerId}/bestaetigen";

    public static string OfferEditor(Guid offerId) => $"/intern/angebote/{offerId}";
}
