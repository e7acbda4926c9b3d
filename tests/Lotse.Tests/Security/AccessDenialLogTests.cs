using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Security;

/// <summary>ASVS V7.2.2: a signed-in user refused with 403 is a logged security event: account id, roles, method, path, no query string.</summary>
public sealed class AccessDenialLogTests : IDisposable
{
    private readonly LogRecorder _log = new();
    private readonly RecordedAppFactory _factory;

    public AccessDenialLogTests() => _factory = new RecordedAppFactory(_log);

    public void Dispose() => _factory.Dispose();

    private List<LoggedEvent> Denials() => _log.Events.Where(e => e.EventId.Name == "AccessDenied").ToList();

    private async Task<(HttpClient Client, Guid UserId, string Token)> ReaderAsync()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader, "lesend.person@test.example");
        await using var scope = _factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>().FindByEmailAsync(email);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        // Any form's token will do: antiforgery tokens belong to the session, not to one form.
        return (client, user!.Id, await SecurityTestData.TokenFromAsync(client, AccountPaths.Start));
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    [Theory]
    [InlineData("/intern/netzwerk/arbeitskreise/neu")]   // the page's policy (ManageWorkbench) refuses
    [InlineData("/intern/konzept")]                      // the page reads with ViewWorkbench; its POST handler answers Forbid()
    public async Task A_reader_posting_to_a_workbench_page_is_logged_once_without_the_query_string(string path)
    {
        var (client, userId, token) = await ReaderAsync();
        _log.Events.Clear();

        var response = await client.PostAsync($"{path}?name=geheim.person%40test.example", Form(token, ("NewTitle", "Konzept 2027"), ("Input.Name", "Arbeitskreis")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denial = Assert.Single(Denials());
        Assert.Equal(LogLevel.Warning, denial.Level);
        Assert.Equal(userId.ToString(), denial.Values["UserId"]);
        Assert.Equal(Roles.Reader, denial.Values["Roles"]);
        Assert.Equal("POST", denial.Values["Method"]);
        Assert.Equal(path, denial.Values["Path"]);
        Assert.Equal($"Access denied: account {userId} with roles {Roles.Reader} refused POST {path}", denial.Message);
        Assert.DoesNotContain(_log.Lines, l => l.Contains("geheim", StringComparison.Ordinal) || l.Contains("test.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Allowed_requests_and_anonymous_refusals_log_no_denial()
    {
        var (client, _, _) = await ReaderAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/konzept")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);
        // Not signed in: a redirect to the login, not an access-control decision about an account.
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsTestData.CreateClient(_factory).GetAsync("/intern/konzept")).StatusCode);

        Assert.Empty(Denials());
    }
}
