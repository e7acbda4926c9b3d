using AngleSharp.Html.Parser;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS 2.1.8: the new-password field has a strength meter (hidden until its script shows it), and only pages that
/// set a new password load the estimator: the sign-in page and the public portal stay light.
/// </summary>
public sealed class PasswordStrengthMarkupTests : IDisposable
{
    private const string EstimatorScript = "/vendor/zxcvbn-ts/zxcvbn-ts.de.min.js";
    private const string MeterScript = "/js/passwortstaerke.js";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_change_password_page_has_a_hidden_meter_for_the_new_password_and_loads_its_scripts()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor);
        using var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        using var response = await client.GetAsync("/intern/konto/passwort");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var meters = document.QuerySelectorAll("[data-strength-for]");
        var meter = Assert.Single(meters);
        Assert.Equal("Input_NewPassword", meter.GetAttribute("data-strength-for"));
        Assert.True(meter.HasAttribute("hidden"));
        Assert.Contains(email, meter.GetAttribute("data-strength-inputs"), StringComparison.Ordinal);
        Assert.NotNull(meter.QuerySelector("[aria-live=polite] [data-strength-label]"));
        Assert.Equal("Passwortstärke: noch nichts eingegeben", meter.QuerySelector("[data-strength-label]")!.TextContent.Trim());

        var scripts = document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!.Split('?')[0]).ToList();
        Assert.Contains(EstimatorScript, scripts);
        Assert.Contains(MeterScript, scripts);
        Assert.True(scripts.IndexOf(EstimatorScript) < scripts.IndexOf(MeterScript), "the estimator must load before the meter script");
        // The strict policy stays: scripts from this origin only, none inline.
        Assert.Contains("script-src 'self';", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "no inline script"));
    }

    [Theory]
    [InlineData("/intern/anmelden", false)]
    [InlineData("/intern/konto/zwei-faktor", true)]
    [InlineData("/de/", false)]
    public async Task Pages_without_a_new_password_do_not_load_the_meter(string path, bool signedIn)
    {
        using var client = signedIn
            ? await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor))
            : _factory.CreateClient();
        var html = await client.GetStringAsync(path);

        Assert.DoesNotContain("zxcvbn", html, StringComparison.Ordinal);
        Assert.DoesNotContain(MeterScript, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-strength-for", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_estimator_is_served_from_this_origin_with_its_licence()
    {
        using var client = _factory.CreateClient();

        using var script = await client.GetAsync(EstimatorScript);
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("/* @zxcvbn-ts/core", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("Permission is hereby granted", await client.GetStringAsync("/vendor/zxcvbn-ts/LICENSE-zxcvbn-ts-core.txt"), StringComparison.Ordinal);
    }
}
