using System.Net.Http.Json;
using System.Text.Json;

namespace Lotse.BrowserTests;

/// <summary>The public pages every browser test visits, with an offer id taken from the live search.</summary>
public static class PortalPages
{
    public const string Start = "/de/";
    public const string FilteredResults = "/de/suche?q=Beratung&topic=soziales&language=ar&language=tr&municipality=05382068";

    public static async Task<string> AnOfferAsync(string baseAddress)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseAddress) };
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=Migrationsberatung&pageSize=1");
        return json.GetProperty("items")[0].GetProperty("url").GetString()!;
    }
}
