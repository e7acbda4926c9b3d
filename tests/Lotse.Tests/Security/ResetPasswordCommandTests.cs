using System.Net;
using System.Security.Cryptography;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Commands;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>
/// <c>reset-password</c> (through the command line's entry point): the way back for an account whose password no longer
/// works, also for every account after the password pepper was lost (ASVS 2.4.5).
/// </summary>
public sealed class ResetPasswordCommandTests
{
    private const string NewPassword = "neue-passphrase-nach-dem-verlust";

    [Fact]
    public async Task After_the_pepper_was_lost_the_operator_sets_a_new_password_that_signs_in_and_unlocks_the_account()
    {
        using var before = new LotseAppFactory(demoData: false);
        before.Settings[PasswordPepperOptions.SettingKey] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var email = await AccountsTestData.CreateAccountAsync(before, Roles.CountyEditor);
        var session = await AccountsTestData.SignedInClientAsync(before, email);

        // The same data folder under another pepper: the right password fails, until the account is locked.
        using var after = new LotseAppFactory(demoData: false);
        after.Settings["Lotse:DataDirectory"] = before.DataDirectory;
        after.Settings[PasswordPepperOptions.SettingKey] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(after), email, AccountsTestData.Password)).StatusCode);
        await using (var scope = after.Services.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());

        var (exitCode, output, error) = await RunAsync(after, NewPassword, "--email", email);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Neues Passwort für", output, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, output + error, StringComparison.Ordinal);
        await AccountsTestData.SignedInClientAsync(after, email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/intern/")).StatusCode);   // the old session ended
        await using var mailScope = after.Services.CreateAsyncScope();
        var mail = await mailScope.ServiceProvider.GetRequiredService<LotseDbContext>().OutgoingMails.SingleAsync(m => m.To == email);
        Assert.DoesNotContain(NewPassword, mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_against_the_rules_changes_nothing_and_says_why()
    {
        using var app = new LotseAppFactory(demoData: false);
        var email = await AccountsTestData.CreateAccountAsync(app, Roles.Reader);

        var (exitCode, _, error) = await RunAsync(app, "zu-kurz", "--email", email);

        Assert.Equal(1, exitCode);
        Assert.Contains("nicht geändert", error, StringComparison.Ordinal);
        Assert.Contains("12", error, StringComparison.Ordinal);
        await AccountsTestData.SignedInClientAsync(app, email);
    }

    [Fact]
    public async Task An_unknown_address_fails_with_exit_code_1_and_a_wrong_call_with_2()
    {
        using var app = new LotseAppFactory(demoData: false);

        var unknown = await RunAsync(app, NewPassword, "--email", "niemand@test.example");
        var wrongCall = await RunAsync(app, NewPassword, "niemand@test.example");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("kein Konto", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, wrongCall.ExitCode);
        Assert.Contains("Aufruf: reset-password --email", wrongCall.Error, StringComparison.Ordinal);
    }

    private static async Task<(int? ExitCode, string Out, string Error)> RunAsync(LotseAppFactory app, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync([ResetPasswordCommand.Name, .. args], app.Services,
            new CommandConsole(new StringReader(stdin + "\n"), output, error, IsInteractive: false));
        return (exitCode, output.ToString(), error.ToString());
    }
}
