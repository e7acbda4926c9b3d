using System.Net;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Small and private: nothing from other hosts, a light result page, compressed answers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyAndWeightTests(BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>HTML + CSS + JS of the result page, uncompressed, fonts excluded (issue 5: at most 100 KB).</summary>
    private const int MaxResultPageBytes = 100 * 1000;

    public static TheoryData<string> Languages() => new(PortalPages.Languages);

    [SkippableTheory]
    [MemberData(nameof(Languages))]
    public async Task No_page_requests_anything_from_another_host(string language)
    {
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        var pages = PortalPages.PerLanguage.Concat(language == "de" ? PortalPages.GermanOnly.Append(PortalPages.FeedbackForm).Append("/api/docs") : []);
        foreach (var path in pages)
        {
            await PortalPages.OpenAsync(page, browser.BaseAddress, language, path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.NotEmpty(requested);
        var foreign = requested.Where(url => !url.StartsWith(browser.BaseAddress + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal));
        Assert.Empty(foreign);
        await browser.CloseAsync(page);
    }

    /// <summary>The filtered page, and a full page of hits in the languages whose letters take two bytes each.</summary>
    [SkippableTheory]
    [InlineData(PortalPages.FilteredResults)]
    [InlineData("/de/suche?q=Beratung")]
    [InlineData("/ru/suche?q=Beratung")]
    [InlineData("/uk/suche?q=Beratung")]
    [InlineData("/ar/suche?q=Beratung")]
    [InlineData("/fa/suche?q=Beratung")]
    public async Task A_result_page_weighs_at_most_100_KB_of_HTML_CSS_and_JS(string path)
    {
        var page = await browser.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(browser.BaseAddress + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await page.Locator(".lotse-hit").CountAsync() >= 10, "the measured page should list a full set of hits");

        var sizes = new List<(string Url, int Bytes)>();
        foreach (var response in responses.Where(r => r.Request.ResourceType is "document" or "stylesheet" or "script"))
            sizes.Add((response.Url, (await response.BodyAsync()).Length));
        var total = sizes.Sum(s => s.Bytes);
        var report = $"{total} bytes: " + string.Join(", ", sizes.Select(s => $"{s.Url.Replace(browser.BaseAddress, "", StringComparison.Ordinal)} {s.Bytes}"));
        output.WriteLine(report);

        Assert.Contains(sizes, s => s.Url.Contains(".css", StringComparison.Ordinal));
        Assert.Contains(sizes, s => s.Url.Contains(".js", StringComparison.Ordinal));
        Assert.True(total <= MaxResultPageBytes, report);
        await browser.CloseAsync(page);
    }

    [SkippableTheory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_stylesheets_are_sent_compressed(string encoding)
    {
        Skip.If(browser.Browser is null, browser.MissingReason);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);

        var html = await client.GetAsync(browser.BaseAddress + PortalPages.FilteredResults);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains(encoding, html.Content.Headers.ContentEncoding);

        foreach (var asset in new[] { "/vendor/kern-ux/kern.portal.css", "/css/lotse.css", "/js/lotse.js" })
        {
            var response = await client.GetAsync(browser.BaseAddress + asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(encoding, response.Content.Headers.ContentEncoding);
        }
    }
}
