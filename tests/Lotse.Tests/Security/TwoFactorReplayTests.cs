using System.Net;
using System.Security.Cryptography;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Security;

/// <summary>ASVS V2.8.4: an authenticator code that signed in once does not sign in again, though still within its time window.</summary>
public sealed class TwoFactorReplayTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_used_authenticator_code_does_not_sign_in_a_second_time()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Administrator);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        var setup = await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.TwoFactorSetup));
        var key = setup.QuerySelector("#schluessel")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)setup.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        Assert.Equal(HttpStatusCode.Redirect, (await PostCodeAsync(client, AccountPaths.TwoFactorSetup, token, Code(key, -1))).StatusCode);

        var code = Code(key, 0);
        var first = await SignInWithCodeAsync(email, code);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/intern/")).StatusCode);
        var second = await SignInWithCodeAsync(email, code);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/intern/")).StatusCode);
    }

    private async Task<HttpClient> SignInWithCodeAsync(string email, string code)
    {
        var client = AccountsTestData.CreateClient(_factory);
        var password = await AccountsTestData.PostLoginAsync(client, email, AccountsTestData.Password);
        Assert.Equal(AccountPaths.TwoFactorLogin, password.Headers.Location!.OriginalString.Split('?')[0]);
        var token = await SecurityTestData.TokenFromAsync(client, password.Headers.Location.OriginalString);
        await PostCodeAsync(client, AccountPaths.TwoFactorLogin, token, code);
        return client;
    }

    private static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string path, string token, string code) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code,
            ["CurrentPassword"] = AccountsTestData.Password,   // the set-up asks for it; the login step ignores it
            ["ReturnUrl"] = "/intern/",
            ["__RequestVerificationToken"] = token,
        }));

    /// <summary>The RFC 6238 code an authenticator app shows, <paramref name="steps"/> 30-second steps from now.</summary>
    internal static string Code(string base32Key, int steps)
    {
        var key = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.ToUpperInvariant())
        {
            buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c, StringComparison.Ordinal);
            if ((bits += 5) < 8)
                continue;
            key.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        var counter = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + steps);
        var hash = HMACSHA1.HashData(key.ToArray(), counter);
        var at = hash[^1] & 0x0f;
        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(at)) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
