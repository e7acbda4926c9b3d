using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Accounts;

/// <summary>Accounts created through the app's own <see cref="AccountCreation"/>, and a sign-in through the real login form.</summary>
public static class AccountsTestData
{
    public const string Password = "lange-test-passphrase-42";

    public static async Task<string> CreateAccountAsync(LotseAppFactory factory, string? role, string? email = null)
    {
        email ??= $"{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCreation>();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var municipalities = role == Roles.MunicipalityEditor
            ? await db.Municipalities.Where(m => m.Name == "Troisdorf").Select(m => m.Id).ToListAsync()
            : [];
        // A user without any role: created as Reader, then the role is taken away.
        var result = await accounts.CreateAsync(email, Password, role ?? Roles.Reader, municipalities);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        if (role is null)
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<LotseUser>>();
            var user = await users.FindByEmailAsync(email);
            await users.RemoveFromRoleAsync(user!, Roles.Reader);
        }
        return email;
    }

    public static HttpClient CreateClient(LotseAppFactory factory) =>
        factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GET the login form, POST it with its antiforgery token; the answer is not followed.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetAsync(AccountPaths.Login);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = ((IHtmlInputElement)(await ParseAsync(form)).QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        return await client.PostAsync(AccountPaths.Login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<HttpClient> SignedInClientAsync(LotseAppFactory factory, string email, string password = Password)
    {
        var client = CreateClient(factory);
        var response = await PostLoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
