using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Commands;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Accounts;

/// <summary><c>create-admin</c> run in-process against the test app's database, password on "stdin".</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CreateAdminCommand.RunAsync(args, scope.ServiceProvider, new CommandConsole(new StringReader(stdin), output, error, IsInteractive: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<int> CountUsersAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Users.CountAsync();
    }

    [Fact]
    public async Task Creates_an_administrator_who_can_sign_in_with_the_password_from_stdin()
    {
        var (exitCode, output, _) = await RunAsync("eine-sichere-passphrase\n", "--email", "kiz@kreis.example");

        Assert.Equal(0, exitCode);
        Assert.Contains("kiz@kreis.example", output, StringComparison.Ordinal);
        var client = await AccountsTestData.SignedInClientAsync(_factory, "kiz@kreis.example", "eine-sichere-passphrase");
        var start = await client.GetAsync("/intern/");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("Administrator", await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kurz\n", "mindestens 12 Zeichen")]
    [InlineData("aaaaaaaaaaaaaaa\n", "verschiedene Zeichen")]
    [InlineData("", "kein Passwort")]
    public async Task Weak_or_missing_password_fails_in_German_and_creates_nothing(string stdin, string message)
    {
        var (exitCode, _, error) = await RunAsync(stdin, "--email", "kiz@kreis.example");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(0, await CountUsersAsync());
    }

    [Theory]
    [InlineData("keine-adresse")]
    [InlineData("kiz@")]
    [InlineData("Name <kiz@kreis.example>")]
    public async Task Bad_email_fails_in_German(string email)
    {
        var (exitCode, _, error) = await RunAsync("eine-sichere-passphrase\n", "--email", email);

        Assert.Equal(1, exitCode);
        Assert.Contains("keine gültige E-Mail-Adresse", error, StringComparison.Ordinal);
        Assert.Equal(0, await CountUsersAsync());
    }

    [Fact]
    public async Task Existing_account_is_left_unchanged()
    {
        Assert.Equal(0, (await RunAsync("eine-sichere-passphrase\n", "--email", "kiz@kreis.example")).ExitCode);

        var (exitCode, _, error) = await RunAsync("eine-andere-passphrase\n", "--email", "kiz@kreis.example");

        Assert.Equal(1, exitCode);
        Assert.Contains("bereits ein Konto", error, StringComparison.Ordinal);
        await AccountsTestData.SignedInClientAsync(_factory, "kiz@kreis.example", "eine-sichere-passphrase");
    }

    [Fact]
    public async Task Missing_email_argument_explains_the_usage()
    {
        var (exitCode, _, error) = await RunAsync("eine-sichere-passphrase\n");

        Assert.Equal(2, exitCode);
        Assert.Contains("Aufruf: create-admin --email", error, StringComparison.Ordinal);
    }
}
