using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS V4.3.1: administrative interfaces use MFA. An account of a role listed in Lotse:Accounts:RequireTwoFactorForRoles
/// (default: Administrator) works only on its second factor's set-up until it has one.
/// </summary>
public sealed class AdministratorTwoFactorTests : IDisposable
{
    private const string Notice = "Für Ihre Rolle ist ein zweiter Faktor vorgeschrieben. Bitte richten Sie ihn ein, bevor Sie weiterarbeiten.";
    private const string TermForm = "/intern/begriffe/neu?taxonomie=type";

    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_administrator_without_a_second_factor_can_only_set_one_up()
    {
        UseDefaultRoles();
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Administrator);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);

        foreach (var path in new[] { "/intern/", "/intern/begriffe", TermForm })
        {
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal(AccountPaths.TwoFactorSetup, refused.Headers.Location!.OriginalString);
        }
        var setupResponse = await client.GetAsync(AccountPaths.TwoFactorSetup);
        Assert.Equal(HttpStatusCode.OK, setupResponse.StatusCode);
        var setup = await AccountsTestData.ParseAsync(setupResponse);
        Assert.Equal(Notice, setup.QuerySelector("#zweiter-faktor-pflicht .kern-alert__body")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AccountPaths.ChangePassword)).StatusCode);

        // A form posted anyway (with a valid token of this session) is refused and changes nothing.
        var token = ((IHtmlInputElement)setup.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var post = await client.PostAsync(TermForm, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Label"] = "Ohne zweiten Faktor",
            ["Input.Code"] = "ohne-zweiten-faktor",
            ["Input.SortOrder"] = "0",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await TermExistsAsync("ohne-zweiten-faktor"));

        var key = setup.QuerySelector("#schluessel")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var enabled = await client.PostAsync(AccountPaths.TwoFactorSetup, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = TwoFactorReplayTests.Code(key, 0),
            ["CurrentPassword"] = AccountsTestData.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        foreach (var path in new[] { "/intern/", "/intern/begriffe", TermForm })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Null((await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.TwoFactorSetup))).QuerySelector("#zweiter-faktor-pflicht"));
        var form = await AccountsTestData.ParseAsync(await client.GetAsync(TermForm));
        var created = await client.PostAsync(TermForm, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Label"] = "Mit zweitem Faktor",
            ["Input.Code"] = "mit-zweitem-faktor",
            ["Input.SortOrder"] = "0",
            ["__RequestVerificationToken"] = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await TermExistsAsync("mit-zweitem-faktor"));
    }

    [Fact]
    public async Task A_restricted_administrator_can_still_sign_out()
    {
        UseDefaultRoles();
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Administrator);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/intern/")).StatusCode);

        await SecurityTestData.LogoutAsync(client);
        var afterwards = await client.GetAsync(AccountPaths.TwoFactorSetup);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith(AccountPaths.Login, afterwards.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_county_editor_without_a_second_factor_works_as_before_by_default()
    {
        UseDefaultRoles();
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/begriffe")).StatusCode);
        Assert.Null((await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.TwoFactorSetup))).QuerySelector("#zweiter-faktor-pflicht"));
        // In the same app, an administrator without a second factor is held back.
        var administrator = await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, Roles.Administrator));
        Assert.Equal(HttpStatusCode.Redirect, (await administrator.GetAsync("/intern/begriffe")).StatusCode);
    }

    [Fact]
    public async Task A_role_listed_in_the_setting_needs_a_second_factor()
    {
        _factory.KeepTwoFactorRule = true;
        _factory.Settings[TwoFactorRequirement.SettingKey + ":0"] = Roles.CountyEditor;
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);

        var refused = await client.GetAsync("/intern/begriffe");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(AccountPaths.TwoFactorSetup, refused.Headers.Location!.OriginalString);
        var setup = await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.TwoFactorSetup));
        Assert.Equal(Notice, setup.QuerySelector("#zweiter-faktor-pflicht .kern-alert__body")?.TextContent.Trim());
        // The API is not the back office: it stays as it was.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?pageSize=1")).StatusCode);
    }

    [Fact]
    public void Without_the_setting_the_rule_covers_administrators()
    {
        var none = new ConfigurationBuilder().Build();
        Assert.Equal([Roles.Administrator], TwoFactorRequirement.FromConfiguration(none).RequiredRoles);

        var empty = Configuration(new() { [TwoFactorRequirement.SettingKey] = "" });
        Assert.Empty(TwoFactorRequirement.FromConfiguration(empty).RequiredRoles);
        var array = Configuration(new()
        {
            [TwoFactorRequirement.SettingKey + ":0"] = Roles.Administrator,
            [TwoFactorRequirement.SettingKey + ":1"] = Roles.CountyEditor,
        });
        Assert.Equal([Roles.Administrator, Roles.CountyEditor], TwoFactorRequirement.FromConfiguration(array).RequiredRoles);
        var commaSeparated = Configuration(new() { [TwoFactorRequirement.SettingKey] = "Administrator, Redaktion Kreis" });
        Assert.Equal([Roles.Administrator, Roles.CountyEditor], TwoFactorRequirement.FromConfiguration(commaSeparated).RequiredRoles);
        // A typo would leave the role without the rule: it stops the start instead.
        Assert.Throws<InvalidOperationException>(() => TwoFactorRequirement.FromConfiguration(Configuration(new() { [TwoFactorRequirement.SettingKey] = "Admin" })));

        // The running app, with the test hosts' switch-off taken away, holds the same default.
        UseDefaultRoles();
        Assert.Equal([Roles.Administrator], _factory.Services.GetRequiredService<TwoFactorRequirement>().RequiredRoles);
    }

    /// <summary>The test hosts switch the rule off; without that, the code's default applies.</summary>
    private void UseDefaultRoles() => _factory.KeepTwoFactorRule = true;

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private async Task<bool> TermExistsAsync(string code)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().TaxonomyTerms.AnyAsync(t => t.Code == code);
    }
}
