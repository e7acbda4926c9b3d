using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// ASVS 2.1.8: under the new password a meter says how strong the typed password is (zxcvbn-ts), in German and
/// accessibly; it only helps: the form is sent whatever it says, and the server's rules decide.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordStrengthTests(BrowserFixture browser)
{
    private const string ChangePassword = "/intern/konto/passwort";

    [SkippableFact]
    public async Task A_common_password_is_rated_weak_and_a_long_passphrase_strong()
    {
        var page = await OpenAsync();
        var label = page.Locator("#Input_NewPassword-staerke [data-strength-label]");
        Assert.Equal("Passwortstärke: noch nichts eingegeben", (await label.TextContentAsync())?.Trim());

        await page.Locator("#Input_NewPassword").PressSequentiallyAsync("passwort");
        await Assertions.Expect(label).ToHaveTextAsync(new Regex("^Passwortstärke: (sehr )?schwach$"));
        Assert.NotEqual("", (await page.Locator("#Input_NewPassword-staerke [data-strength-advice]").TextContentAsync())?.Trim());

        await page.Locator("#Input_NewPassword").FillAsync("Wolkenkratzer zählen Igel hinter dem Rübenacker 73");
        await Assertions.Expect(label).ToHaveTextAsync(new Regex("^Passwortstärke: (sehr )?stark$"));
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task The_own_e_mail_address_counts_as_known_and_is_rated_weak()
    {
        var page = await OpenAsync();
        // Without the address as user input, this scores "stark"; the account's own address must not.
        await page.Locator("#Input_NewPassword").FillAsync("admin@browser.example");
        await Assertions.Expect(page.Locator("#Input_NewPassword-staerke [data-strength-label]")).ToHaveTextAsync("Passwortstärke: sehr schwach");
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task The_page_with_the_meter_shown_has_no_axe_violation()
    {
        var page = await OpenAsync();
        await page.Locator("#Input_NewPassword").FillAsync("passwort");
        await Assertions.Expect(page.Locator("#Input_NewPassword-staerke [data-strength-advice]")).Not.ToBeEmptyAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))})");
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, violations));
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task A_weak_rating_does_not_stop_sending_the_server_rules_decide()
    {
        var page = await OpenAsync();
        await page.Locator("#Input_CurrentPassword").FillAsync("lange-browser-passphrase-42");
        await page.Locator("#Input_NewPassword").FillAsync("passwort");
        await page.Locator("#Input_RepeatPassword").FillAsync("passwort");
        await Assertions.Expect(page.Locator("#Input_NewPassword-staerke [data-strength-label]")).ToContainTextAsync("schwach");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("main button[type=submit]"),
            r => r.Url.Contains(ChangePassword, StringComparison.Ordinal) && r.Request.Method == "POST");
        Assert.Equal(400, response.Status);
        Assert.Contains("Passwort", await page.Locator("#Input_NewPassword-fehler").TextContentAsync(), StringComparison.Ordinal);
        await browser.CloseAsync(page);
    }

    [SkippableFact]
    public async Task Without_javascript_the_meter_is_not_shown()
    {
        var page = await browser.NewAdministratorPageAsync();
        // No script runs (as with script turned off or blocked): the meter would stay empty, so it stays hidden.
        await page.RouteAsync(new Regex(@"\.js(\?|$)"), route => route.AbortAsync());
        await page.GotoAsync(browser.BaseAddress + ChangePassword);

        Assert.Equal(1, await page.Locator("[data-strength-for=Input_NewPassword]").CountAsync());
        Assert.False(await page.Locator("#Input_NewPassword-staerke").IsVisibleAsync());
        await browser.CloseAsync(page);
    }

    private async Task<IPage> OpenAsync()
    {
        var page = await browser.NewAdministratorPageAsync();
        await page.GotoAsync(browser.BaseAddress + ChangePassword);
        Assert.EndsWith(ChangePassword, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#Input_NewPassword-staerke")).ToBeVisibleAsync();
        return page;
    }
}
