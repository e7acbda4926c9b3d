using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Features.Editorial;
using Lotse.Features.Portal;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// The pages the browser tests visit. Besides plain paths there are a few names for pages that need a
/// step first: an offer taken from the live search, and forms posted empty so that their errors show.
/// </summary>
public static class PortalPages
{
    public const string Start = "/de/";

    /// <summary>A result page with text, two facets (one with two values) and a full list of hits.</summary>
    public const string FilteredResults = "/de/suche?q=Beratung&topic=soziales&language=ar&language=tr";

    public const string NoResults = "/de/suche?q=Xylophonunterricht";
    public const string Offer = "offer";
    public const string SuggestionWithErrors = "suggestion-errors";
    public const string EasyRead = "/de/leichte-sprache";
    public const string Statement = "/de/barrierefreiheit";
    public const string FeedbackWithErrors = "feedback-errors";
    public const string FeedbackForm = "/de/barrierefreiheit/rueckmeldung";

    public const string OfferEdit = "offer-edit";
    public const string OfferEditWithErrors = "offer-edit-errors";
    public const string OfferVersions = "offer-versions";
    public const string FeedbackInboxWithErrors = "feedback-inbox-errors";

    /// <summary>All eight UI languages.</summary>
    public static readonly string[] Languages = PortalCultures.All.Select(c => c.Segment).ToArray();

    /// <summary>The pages that exist in every UI language (as /de/ paths or names).</summary>
    public static readonly string[] PerLanguage = [Start, FilteredResults, Offer, SuggestionWithErrors];

    /// <summary>The accessibility pages exist in German only.</summary>
    public static readonly string[] GermanOnly = [NoResults, EasyRead, Statement, FeedbackWithErrors];

    /// <summary>The back office's menu plus the offer pages behind it.</summary>
    public static IEnumerable<string> BackOffice =>
        BackOfficeNavigation.Items.Select(i => i.Path).Concat(["/intern/angebote/neu", "/intern/konto/anmeldungen", OfferEdit, OfferEditWithErrors, OfferVersions, FeedbackInboxWithErrors]);

    /// <summary>A page path with the leading "/de/" replaced by another culture segment.</summary>
    public static string In(string culture, string path) => path.StartsWith("/de/", StringComparison.Ordinal) ? $"/{culture}/{path["/de/".Length..]}" : path;

    public static async Task<string> AnOfferAsync(string baseAddress)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseAddress) };
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Migrationsberatung&pageSize=1");
        return json.GetProperty("items")[0].GetProperty("url").GetString()!;
    }

    /// <summary>Opens a page by path or name in <paramref name="language"/>; forms are posted empty so their errors show.</summary>
    public static async Task OpenAsync(IPage page, string baseAddress, string language, string pathOrName)
    {
        var offer = pathOrName is Offer or SuggestionWithErrors or OfferEdit or OfferEditWithErrors or OfferVersions
            ? await AnOfferAsync(baseAddress) : "";
        var offerId = offer.Split('/').Last();
        switch (pathOrName)
        {
            case Offer:
                await page.GotoAsync(baseAddress + In(language, offer));
                break;
            case SuggestionWithErrors:
                await page.GotoAsync(baseAddress + In(language, offer + "/vorschlag"));
                // The form starts with the offer's current values; an emptied name is an error.
                await page.FillAsync("#Input_Name", "");
                await SubmitAsync(page, "main form[method=post] button[type=submit]");
                break;
            case FeedbackWithErrors:
                await page.GotoAsync(baseAddress + In(language, FeedbackForm));
                await SubmitAsync(page, "main form[method=post] button[type=submit]");
                break;
            case OfferEdit:
                await page.GotoAsync($"{baseAddress}/intern/angebote/{offerId}");
                break;
            case OfferEditWithErrors:
                await page.GotoAsync($"{baseAddress}/intern/angebote/{offerId}");
                await page.FillAsync("#Input_Name", "");
                await SubmitAsync(page, "form#angebot > button[type=submit]");
                break;
            case FeedbackInboxWithErrors:
                // A message in the inbox, then "answered" without the required note.
                await page.GotoAsync(baseAddress + FeedbackForm);
                await page.FillAsync("#Input_Message", "Die Filter sind mit der Tastatur schwer zu erreichen.");
                await page.FillAsync("#Input_Email", "leserin@example.org");
                await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
                await page.WaitForURLAsync(url => url.Contains("/danke", StringComparison.Ordinal));
                await page.GotoAsync(baseAddress + "/intern/barrierefreiheit");
                await SubmitAsync(page, "main section form[method=post] button[type=submit]");
                break;
            case OfferVersions:
                await page.GotoAsync($"{baseAddress}/intern/angebote/{offerId}/versionen");
                break;
            default:
                await page.GotoAsync(baseAddress + In(language, pathOrName));
                break;
        }
    }

    /// <summary>Submits a form and waits for the answer page (a 400 with the errors).</summary>
    public static async Task SubmitAsync(IPage page, string button)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator(button).First.ClickAsync(), r => r.Request.Method == "POST" && r.Request.ResourceType == "document");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(response.Status == 400, $"expected the form to answer 400 with its errors, got {response.Status}");
        Assert.Equal(1, await page.Locator("#fehler").CountAsync());
    }
}
