using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>ASVS 2.1.12: the user can see the password being typed ("Passwort anzeigen"), and only where that works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RevealPasswordTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Passwort_anzeigen_shows_the_typed_password_and_hides_it_again()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseAddress + "/intern/anmelden");
        var field = page.Locator("#Input_Password");
        await field.FillAsync("Geheim-Probe-2026");
        var reveal = page.GetByLabel("Passwort anzeigen");

        await reveal.CheckAsync();
        Assert.Equal("text", await field.GetAttributeAsync("type"));
        Assert.Equal("Geheim-Probe-2026", await field.InputValueAsync());

        await reveal.UncheckAsync();
        Assert.Equal("password", await field.GetAttributeAsync("type"));
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task Without_javascript_no_checkbox_is_shown_that_could_not_work()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync(browser.BaseAddress + "/intern/anmelden");

        Assert.Equal(1, await page.Locator("[data-reveal-for=Input_Password]").CountAsync());
        Assert.False(await page.GetByLabel("Passwort anzeigen").IsVisibleAsync());
        await browser.CloseAsync(page);
    }
}
