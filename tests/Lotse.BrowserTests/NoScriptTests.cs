using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>The portal without JavaScript: search, filter, sort, paging, the offer page and both forms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Search_filter_paging_and_the_offer_page_work_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(browser.BaseAddress + PortalPages.Start);

        await page.FillAsync("input[name=q]", "Beratung");
        await page.Locator("form:has(input[name=q]) [type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/de/suche?q=Beratung", StringComparison.Ordinal));
        var total = await page.Locator("#result-heading").InnerTextAsync();

        await page.Locator("input[type=checkbox][name=topic][value=soziales]").CheckAsync();
        await page.Locator(".lotse-facets [type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("topic=soziales", StringComparison.Ordinal));
        Assert.True(await page.Locator("input[type=checkbox][name=topic][value=soziales]").IsCheckedAsync());
        Assert.NotEqual(total, await page.Locator("#result-heading").InnerTextAsync());

        await page.SelectOptionAsync("select[name=sort]", "name");
        await page.Locator(".lotse-result-bar [type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("sort=name", StringComparison.Ordinal));

        var first = await page.Locator(".lotse-hit h3").First.InnerTextAsync();
        await page.Locator(".lotse-pager a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=2", StringComparison.Ordinal) && url.Contains("topic=soziales", StringComparison.Ordinal));
        Assert.NotEqual(first, await page.Locator(".lotse-hit h3").First.InnerTextAsync());

        await page.Locator(".lotse-hit h3 a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/de/angebote/", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task Facet_filters_work_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(browser.BaseAddress + "/de/suche");

        await page.Locator("input[type=checkbox][name=municipality][value='05382068']").CheckAsync();
        await page.Locator("form:has(input[name=municipality]) [type=submit]").First.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("municipality=05382068"));
        Assert.True(await page.Locator("input[type=checkbox][name=municipality][value='05382068']").IsCheckedAsync());
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task The_forms_show_their_errors_and_send_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await PortalPages.OpenAsync(page, browser.BaseAddress, "de", PortalPages.SuggestionWithErrors);
        await PortalPages.OpenAsync(page, browser.BaseAddress, "de", PortalPages.FeedbackWithErrors);

        await page.FillAsync("#Input_Message", "Ohne JavaScript geschickt: die Filter sind gut bedienbar.");
        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/danke", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("[role=status]").CountAsync());
        await browser.CloseAsync(page);
    }
}
