using System.Net.Http.Json;
using System.Text.Json;

namespace Lotse.BrowserTests;

/// <summary>The public pages every browser test visits, with an offer id taken from the live search.</summary>
public static class PortalPages
{
    public const string Start = "/de/";
    public const string FilteredResults = "/de/suche?q=Beratung&topic=soziales&language=ar&language=tr&municipality=05382068";

    /// <summary>The languages checked in a real browser: German, one right-to-left and one more left-to-right language.</summary>
    public static readonly string[] Languages = ["de", "ar", "tr"];

    /// <summary>A page path with the leading "/de/" replaced by another culture segment.</summary>
    public static string In(string culture, string path) => $"/{culture}/{path["/de/".Length..]}";

    public static async Task<string> AnOfferAsync(string baseAddress)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseAddress) };
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Migrationsberatung&pageSize=1");
        return json.GetProperty("items")[0].GetProperty("url").GetString()!;
    }
}
