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

    [SkippableTheory]
    [InlineData(PortalPages.Start)]
    [InlineData(PortalPages.FilteredResults)]
    [InlineData("/de/suche?q=Xylophonunterricht")]
    [InlineData("offer")]
    public async Task Axe_finds_no_WCAG_21_AA_violation(string path)
    {
        var page = await browser.NewPageAsync();
        if (path == "offer")
            path = await PortalPages.AnOfferAsync(browser.BaseAddress);
        await page.GotoAsync(browser.BaseAddress + path);

        var result = await page.RunAxe(Wcag21AA);

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, violations));
    }
}
