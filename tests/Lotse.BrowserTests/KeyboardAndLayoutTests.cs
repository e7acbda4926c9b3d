using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>Keyboard use, focus, error summaries, reflow and colour-independent status, in a real browser.</summary>
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
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task A_facet_filter_is_checked_with_the_space_key_and_focus_returns_to_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/de/suche?q=Beratung");

        await TabUntilAsync(page, "document.activeElement?.name === 'topic'");
        var id = await page.EvaluateAsync<string>("document.activeElement.id");
        var value = await page.EvaluateAsync<string>("document.activeElement.value");
        await page.Keyboard.PressAsync("Space");
        // Waits for the filtered page's document, not for every subresource: the check is about the filter being
        // applied and focus restored, and a slow stylesheet on a loaded CI machine must not decide it.
        await page.WaitForURLAsync(url => url.Contains("topic=" + value, StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });

        Assert.True(await page.Locator("#" + id).IsCheckedAsync());
        Assert.Equal(id, await page.EvaluateAsync<string>("document.activeElement.id"));
        await browser.CloseAsync(page);
    }

    [SkippableTheory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task The_skip_link_is_the_first_stop_is_visible_and_moves_focus_to_the_main_content(string language)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + PortalPages.In(language, PortalPages.FilteredResults));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("lotse-skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        var box = await page.Locator(".lotse-skip-link").BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0, Width: > 0 } && box.X + box.Width <= 1280, $"skip link not on screen when focused: {box?.X},{box?.Y}");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhalt", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        await browser.CloseAsync(page);
    }

    [SkippableTheory]
    [InlineData(PortalPages.FilteredResults)]
    [InlineData(PortalPages.FeedbackForm)]
    public async Task Every_control_reached_with_tab_shows_a_visible_focus_indicator(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + path);

        var seen = 0;
        var missing = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStyle?>(FocusStyleScript);
            if (focus is null)
                break;
            seen++;
            var outline = focus.OutlineStyle != "none" && focus.OutlineWidth > 0;
            if (!outline && focus.BoxShadow == "none")
                missing.Add(focus.Element);
        }
        Assert.True(seen > 5, $"only {seen} focus stops on {path}");
        Assert.True(missing.Count == 0, "no visible focus on: " + string.Join(", ", missing.Distinct()));
        await browser.CloseAsync(page);
    }

    private sealed class FocusStyle
    {
        public string Element { get; set; } = "";
        public string OutlineStyle { get; set; } = "";
        public double OutlineWidth { get; set; }
        public string BoxShadow { get; set; } = "";
    }

    private const string FocusStyleScript = """
        (() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          return { element: e.outerHTML.slice(0, 120), outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow };
        })()
        """;

    [SkippableTheory]
    [InlineData(PortalPages.FeedbackWithErrors)]
    [InlineData(PortalPages.SuggestionWithErrors)]
    public async Task After_a_post_with_errors_the_summary_is_focused_and_each_entry_moves_focus_to_its_field(string form)
    {
        var page = await browser.NewPageAsync();
        await PortalPages.OpenAsync(page, browser.BaseAddress, "de", form);

        Assert.Equal("alert", await page.GetAttributeAsync("#fehler", "role"));
        Assert.Equal("fehler", await page.EvaluateAsync<string>("document.activeElement.id"));
        var targets = await page.Locator("#fehler a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').slice(1))");
        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            await page.Locator($"#fehler a[href='#{target}']").ClickAsync();
            Assert.Equal(target, await page.EvaluateAsync<string>("document.activeElement.id"));
        }
        await browser.CloseAsync(page);
    }

    public static TheoryData<string, string> ReflowPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "de", "ar" })
            foreach (var page in PortalPages.PerLanguage.Concat(PortalPages.GermanOnly))
                data.Add(language, page);
        return data;
    }

    // Arabic as well: right-to-left pages scroll towards the left when something sticks out there.
    [SkippableTheory]
    [MemberData(nameof(ReflowPages))]
    public async Task Pages_reflow_at_320_px_without_horizontal_scrolling(string language, string path)
    {
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await PortalPages.OpenAsync(page, browser.BaseAddress, language, path);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls {overflow} px sideways at 320 px");
        await browser.CloseAsync(page);
    }

    // 400 % zoom of a 1280 × 1024 window: the browser lays out 320 × 256 CSS pixels at four device pixels each.
    [SkippableTheory]
    [InlineData("de", PortalPages.Start)]
    [InlineData("de", PortalPages.FilteredResults)]
    [InlineData("de", PortalPages.Offer)]
    [InlineData("de", PortalPages.FeedbackWithErrors)]
    [InlineData("ar", PortalPages.FilteredResults)]
    public async Task Pages_reflow_at_400_percent_zoom_without_horizontal_scrolling(string language, string path)
    {
        var page = await browser.NewPageAsync(width: 320, height: 256, scale: 4);
        await PortalPages.OpenAsync(page, browser.BaseAddress, language, path);

        Assert.Equal(4, await page.EvaluateAsync<double>("window.devicePixelRatio"));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls {overflow} px sideways at 400 % zoom");
        await browser.CloseAsync(page);
    }

    [SkippableTheory]
    [InlineData(PortalPages.FilteredResults, ".lotse-hit .kern-badge")]
    [InlineData(PortalPages.Offer, "main .kern-badge")]
    public async Task Status_and_category_badges_carry_text_not_only_colour(string path, string badges)
    {
        var page = await browser.NewPageAsync();
        await PortalPages.OpenAsync(page, browser.BaseAddress, "de", path);

        var texts = await page.Locator(badges).AllInnerTextsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        await browser.CloseAsync(page);
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
