using System.Net;
using Lotse.Tests.Infrastructure;
using static Lotse.Tests.Portal.Suggestions.SuggestionTestData;

namespace Lotse.Tests.Portal.Suggestions;

public sealed class SuggestionRateLimitTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_sixth_suggestion_within_ten_minutes_gets_a_German_429_page_and_is_not_stored()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);
        for (var i = 1; i <= 5; i++)
        {
            var accepted = await SuggestAsync(client, offer.Id, new() { ["Input.Comment"] = $"Hinweis {i}" });
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var refused = await SuggestAsync(client, offer.Id, new() { ["Input.Comment"] = "Hinweis 6" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zu viele Vorschläge", (await Lotse.Tests.Accounts.AccountsTestData.ParseAsync(refused)).Body!.TextContent);
        Assert.Equal(5, (await SuggestionsAsync(_factory)).Count);
    }
}
