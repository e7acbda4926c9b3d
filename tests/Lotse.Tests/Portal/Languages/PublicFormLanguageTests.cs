using System.Net;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using static Lotse.Tests.Portal.Suggestions.SuggestionTestData;

namespace Lotse.Tests.Portal.Languages;

/// <summary>The suggestion form and the confirmation page speak the language of their URL, messages included.</summary>
public sealed class PublicFormLanguageTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_english_suggestion_form_shows_english_labels_and_an_invalid_post_answers_400_in_english()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);
        var path = $"/en/angebote/{offer.Id}/vorschlag";

        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        var text = page.Body!.TextContent;
        Assert.Contains("Report an error / suggest a change", text);
        Assert.Contains("What is wrong or missing?", text);
        Assert.Contains("Currently: 02241 123456", text);
        Assert.Contains("Send suggestion", page.QuerySelector("form button[type=submit]")!.TextContent);
        Assert.DoesNotContain("Was ist falsch oder fehlt?", text);

        var fields = await ReadFormAsync(client, path);
        fields["Input.Comment"] = "";
        fields["Input.Addresses[0].PostalCode"] = "5384";
        var posted = await PostAsync(client, path, fields);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var answer = await AccountsTestData.ParseAsync(posted);
        Assert.Equal("en", answer.DocumentElement.GetAttribute("lang"));
        var summary = answer.QuerySelector("#fehler")!.TextContent;
        Assert.Contains("Please check your entries", summary);
        Assert.Contains("Please describe what is wrong or missing.", summary);
        Assert.Contains("The postcode consists of five digits", summary);
        Assert.Contains("Please describe what is wrong or missing.", answer.GetElementById("Input_Comment-fehler")!.TextContent);
        Assert.DoesNotContain("Bitte", summary);
        Assert.Empty(await SuggestionsAsync(_factory));
    }

    [Fact]
    public async Task The_arabic_suggestion_form_is_right_to_left_and_its_messages_are_arabic()
    {
        var offer = await AddOfferAsync(_factory);
        var client = Client(_factory);
        var path = $"/ar/angebote/{offer.Id}/vorschlag";

        var page = await AccountsTestData.ParseAsync(await client.GetAsync(path));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Contains("ما الخطأ أو ما الناقص؟", page.Body!.TextContent);

        var fields = await ReadFormAsync(client, path);
        fields["Input.Comment"] = "";
        var posted = await PostAsync(client, path, fields);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(posted)).QuerySelector("#fehler")!.TextContent;
        Assert.Contains("يرجى وصف ما هو خطأ أو ناقص.", summary);
    }

    [Theory]
    [InlineData("en", "ltr", "Link not found", "To the home page")]
    [InlineData("ar", "rtl", "الرابط غير موجود", "إلى الصفحة الرئيسية")]
    public async Task The_confirmation_page_speaks_the_language_of_its_url(string segment, string direction, string title, string homeLink)
    {
        var response = await Client(_factory).GetAsync($"/{segment}/bestaetigen/kein-gueltiger-link");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Equal(segment, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
        Assert.Contains(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/{segment}/", page.QuerySelectorAll("a").Single(a => a.TextContent.Contains(homeLink, StringComparison.Ordinal)).GetAttribute("href"));
    }
}
