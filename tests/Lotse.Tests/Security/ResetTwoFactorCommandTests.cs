using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Commands;
using Lotse.Tests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Security;

/// <summary>ASVS V2.5.7: <c>reset-2fa</c> (through the command line's entry point) for an account whose authenticator is lost.</summary>
public sealed class ResetTwoFactorCommandTests : IDisposable
{
    private readonly LogRecorder _log = new();
    private readonly RecordedAppFactory _factory;

    public ResetTwoFactorCommandTests() => _factory = new RecordedAppFactory(_log);

    public void Dispose() => _factory.Dispose();

    private async Task<(int? ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync(["reset-2fa", .. args], _factory.Services, new CommandConsole(new StringReader(""), output, error, IsInteractive: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<T> WithDbAsync<T>(Func<LotseDbContext, UserManager<LotseUser>, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LotseDbContext>(), scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>());
    }

    [Fact]
    public async Task After_the_reset_the_password_alone_signs_in_and_the_old_sessions_are_ended()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor, "verloren.person@test.example");
        var oldKey = await WithDbAsync(async (_, users) =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        var session = await AccountsTestData.SignedInClientAsync(_factory, email);
        // The second factor on, as the setup page leaves it; written directly so that the open session stays valid.
        await WithDbAsync((db, _) => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true)));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/intern/")).StatusCode);
        var before = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, AccountsTestData.Password);
        Assert.Equal(AccountPaths.TwoFactorLogin, before.Headers.Location!.OriginalString.Split('?')[0]);

        var (exitCode, output, _) = await RunAsync(email);

        Assert.Equal(0, exitCode);
        Assert.Contains("Zweiter Faktor für „verloren.person@test.example“ ausgeschaltet", output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/intern/")).StatusCode);
        var after = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(AccountPaths.Start, after.Headers.Location!.OriginalString);
        var (enabled, newKey, userId) = await WithDbAsync(async (_, users) =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            return (await users.GetTwoFactorEnabledAsync(user), await users.GetAuthenticatorKeyAsync(user), user.Id);
        });
        Assert.False(enabled);
        Assert.NotEqual(oldKey, newKey);

        var mail = await WithDbAsync((db, _) => db.OutgoingMails.SingleAsync());
        Assert.Equal(email, mail.To);
        Assert.Contains("zweiter Faktor wurde zurückgesetzt", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Administrator", mail.Body, StringComparison.Ordinal);
        Assert.Contains(AccountPaths.TwoFactorSetup, mail.Body, StringComparison.Ordinal);
        Assert.Contains("Kommunalen Integrationszentrums (KIZ)", mail.Body, StringComparison.Ordinal);

        var logged = Assert.Single(_log.Events, e => e.Message.StartsWith("Second factor of account", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Equal(userId, logged.Values["UserId"]);
        Assert.DoesNotContain(_log.Lines, l => l.Contains("verloren.person", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_unknown_address_fails_in_German_with_exit_code_1()
    {
        var (exitCode, _, error) = await RunAsync("niemand@test.example");

        Assert.Equal(1, exitCode);
        Assert.Contains("Es gibt kein Konto mit der E-Mail-Adresse „niemand@test.example“", error, StringComparison.Ordinal);
        Assert.Equal(0, await WithDbAsync((db, _) => db.OutgoingMails.CountAsync()));
    }

    [Theory]
    [InlineData]
    [InlineData("a@test.example", "b@test.example")]
    [InlineData("--email")]
    public async Task A_wrong_call_explains_the_usage_with_exit_code_2(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("Aufruf: reset-2fa <E-Mail-Adresse>", error, StringComparison.Ordinal);
    }
}
