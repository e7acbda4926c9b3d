using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>axe-core with the WCAG 2.1 A and AA rules on every public page in every UI language, and on the back office.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, string> PublicPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in PortalPages.Languages)
            foreach (var page in PortalPages.PerLanguage)
                data.Add(language, page);
        foreach (var page in PortalPages.GermanOnly)
            data.Add("de", page);
        return data;
    }

    public static TheoryData<string> BackOfficePages() => new(PortalPages.BackOffice);

    [SkippableTheory]
    [MemberData(nameof(PublicPages))]
    public async Task Axe_finds_no_WCAG_21_AA_violation(string language, string path)
    {
        var page = await browser.NewPageAsync();
        await PortalPages.OpenAsync(page, browser.BaseAddress, language, path);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));

        await AssertNoViolationsAsync(page);
        await browser.CloseAsync(page);
    }

    [SkippableTheory]
    [MemberData(nameof(BackOfficePages))]
    public async Task Axe_finds_no_WCAG_21_AA_violation_in_the_back_office(string path)
    {
        var page = await browser.NewAdministratorPageAsync();
        await PortalPages.OpenAsync(page, browser.BaseAddress, "de", path);
        Assert.StartsWith(browser.BaseAddress + "/intern", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("/intern/anmelden", page.Url, StringComparison.Ordinal);

        await AssertNoViolationsAsync(page);
        await browser.CloseAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})");
        Assert.True(result.Violations.Length == 0, page.Url + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }
}
