using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Lotse.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, string> PagesInEachLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in PortalPages.Languages)
            foreach (var path in new[] { PortalPages.Start, PortalPages.FilteredResults, "offer" })
                data.Add(language, path);
        data.Add("de", "/de/suche?q=Xylophonunterricht");
        // The accessibility pages are German only, so once each is enough.
        data.Add("de", "/de/leichte-sprache");
        data.Add("de", "/de/barrierefreiheit");
        data.Add("de", "/de/barrierefreiheit/rueckmeldung");
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(PagesInEachLanguage))]
    public async Task Axe_finds_no_WCAG_21_AA_violation(string language, string path)
    {
        var page = await browser.NewPageAsync();
        if (path == "offer")
            path = await PortalPages.AnOfferAsync(browser.BaseAddress);
        await page.GotoAsync(browser.BaseAddress + PortalPages.In(language, path));
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));

        var result = await page.RunAxe(Wcag21AA);

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, violations));
    }
}
