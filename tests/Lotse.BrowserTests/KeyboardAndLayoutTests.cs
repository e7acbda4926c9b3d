using Microsoft.Playwright;

namespace Lotse.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardAndLayoutTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_search_and_an_offer_can_be_reached_with_the_keyboard_alone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + PortalPages.Start);

        // Tab to the search field, type, submit with Enter.
        await TabUntilAsync(page, "document.activeElement?.getAttribute('type') === 'search' || document.activeElement?.name === 'q'");
        await page.Keyboard.TypeAsync("Sprachkurs");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/de/suche"));

        // Tab to the first result and open it with Enter.
        await TabUntilAsync(page, "document.activeElement?.tagName === 'A' && (document.activeElement.getAttribute('href') || '').includes('/de/angebote/')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/de/angebote/"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    // Arabic as well: right-to-left pages scroll towards the left when something sticks out there.
    [SkippableTheory]
    [InlineData("de", PortalPages.Start)]
    [InlineData("de", PortalPages.FilteredResults)]
    [InlineData("de", "offer")]
    [InlineData("ar", PortalPages.Start)]
    [InlineData("ar", PortalPages.FilteredResults)]
    [InlineData("ar", "offer")]
    public async Task Pages_reflow_at_320_px_without_horizontal_scrolling(string language, string path)
    {
        var page = await browser.NewPageAsync(width: 320, height: 640);
        if (path == "offer")
            path = await PortalPages.AnOfferAsync(browser.BaseAddress);
        path = PortalPages.In(language, path);
        await page.GotoAsync(browser.BaseAddress + path);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls {overflow} px sideways at 320 px");
    }

    [SkippableTheory]
    [InlineData(PortalPages.Start)]
    [InlineData(PortalPages.FilteredResults)]
    [InlineData("offer")]
    public async Task Pages_request_nothing_from_other_hosts(string path)
    {
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        if (path == "offer")
            path = await PortalPages.AnOfferAsync(browser.BaseAddress);
        await page.GotoAsync(browser.BaseAddress + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotEmpty(requested);
        var foreign = requested.Where(url => !url.StartsWith(browser.BaseAddress, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal));
        Assert.Empty(foreign);
    }

    [SkippableFact]
    public async Task Facet_filters_work_without_javascript()
    {
        Skip.If(browser.Browser is null, browser.MissingReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/de/suche");

        await page.Locator("input[type=checkbox][name=municipality][value='05382068']").CheckAsync();
        await page.Locator("form:has(input[name=municipality]) [type=submit]").First.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("municipality=05382068"));
        Assert.True(await page.Locator("input[type=checkbox][name=municipality][value='05382068']").IsCheckedAsync());
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
                return;
        }
        Assert.Fail("keyboard focus never reached: " + condition);
    }
}
