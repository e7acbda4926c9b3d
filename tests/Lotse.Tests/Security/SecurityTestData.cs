using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>A clock the test moves forward; everything that asks the app's TimeProvider (cookies, lockout, TOTP) sees it.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public void Advance(TimeSpan by) => Offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>A Lotse app (reference data only) whose clock the test can move.</summary>
public sealed class ClockedAppFactory() : LotseAppFactory(demoData: false)
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public static class SecurityTestData
{
    public static async Task<string> TokenFromAsync(HttpClient client, string path)
    {
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(path));
        return ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
    }

    public static async Task LogoutAsync(HttpClient client)
    {
        var token = await TokenFromAsync(client, Lotse.Features.Accounts.AccountPaths.Logout);
        var response = await client.PostAsync(Lotse.Features.Accounts.AccountPaths.Logout,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
