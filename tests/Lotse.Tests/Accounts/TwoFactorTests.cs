using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Accounts;

/// <summary>The optional authenticator-app second factor: set up with one code, then asked for at every sign-in.</summary>
public sealed class TwoFactorTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task After_setup_the_password_alone_no_longer_signs_in()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        var start = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/"));
        Assert.NotNull(start.QuerySelector($"form[action='{AccountPaths.Logout}'] input[name=__RequestVerificationToken]"));

        var setup = await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.TwoFactorSetup));
        var key = setup.QuerySelector("#schluessel")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostCodeAsync(client, AccountPaths.TwoFactorSetup, setup, "000000", AccountsTestData.Password)).StatusCode);
        var enabled = await PostCodeAsync(client, AccountPaths.TwoFactorSetup, setup, Totp(key, 0), AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        var fresh = AccountsTestData.CreateClient(_factory);
        var password = await AccountsTestData.PostLoginAsync(fresh, email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal(AccountPaths.TwoFactorLogin, password.Headers.Location!.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/intern/")).StatusCode);

        var codePage = await AccountsTestData.ParseAsync(await fresh.GetAsync(password.Headers.Location));
        var wrong = await PostCodeAsync(fresh, AccountPaths.TwoFactorLogin, codePage, "000000");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.StartsWith("Der Code ist falsch", (await AccountsTestData.ParseAsync(wrong)).QuerySelector("#fehler a[href='#Code']")?.TextContent, StringComparison.Ordinal);
        var right = await PostCodeAsync(fresh, AccountPaths.TwoFactorLogin, codePage, Totp(key, 1));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/intern/")).StatusCode);
    }

    [Fact]
    public async Task Setup_asks_for_the_password_and_tells_the_owner_by_mail()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Provider);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        var setup = await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.TwoFactorSetup));
        var key = setup.QuerySelector("#schluessel")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

        // A taken-over session knows no password: the right code alone does not bind an app (ASVS V3.7.1).
        var refused = await PostCodeAsync(client, AccountPaths.TwoFactorSetup, setup, Totp(key, 0), "falsches-passwort-123");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Das Passwort ist falsch.", (await AccountsTestData.ParseAsync(refused)).QuerySelector("#fehler a[href='#CurrentPassword']")?.TextContent);
        var missing = await PostCodeAsync(client, AccountPaths.TwoFactorSetup, setup, Totp(key, 0), "");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Empty(await Lotse.Tests.Security.PasswordChangeTests.MailsToAsync(_factory, email));
        var stillPasswordOnly = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, AccountsTestData.Password);
        Assert.Equal("/intern/", stillPasswordOnly.Headers.Location!.OriginalString);

        // The refused attempts did not spend the code: it still turns the second factor on.
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(client, AccountPaths.TwoFactorSetup, setup, Totp(key, 0), AccountsTestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);
        var mail = Assert.Single(await Lotse.Tests.Security.PasswordChangeTests.MailsToAsync(_factory, email));
        Assert.Equal("Lotse: Zweiter Faktor eingeschaltet", mail.Subject);
        Assert.Contains("Kommunalen Integrationszentrums (KIZ)", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(key, mail.Body, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string path, IHtmlDocument form, string code, string? password = null) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["CurrentPassword"] = password ?? "",
            ["ReturnUrl"] = "/intern/",
            ["__RequestVerificationToken"] = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
        }));

    /// <summary>RFC 6238 code of the time step <paramref name="stepOffset"/> steps from now (an authenticator app's job).</summary>
    private static string Totp(string base32Key, int stepOffset)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepOffset;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
            Array.Reverse(counter);
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
