using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.PersonalData;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Security;

/// <summary>ASVS V7.1.1, V7.1.2, V7.2.1: with the shipped log levels, sign-ins (right, wrong, locked, unknown) are logged as events, and neither they nor a GDPR search by e-mail put an address or password into the log.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Sign_ins_are_logged_as_events_but_no_address_or_password_reaches_the_log()
    {
        var recorder = new LogRecorder();
        using var app = new RecordedAppFactory(recorder);
        var locked = await AccountsTestData.CreateAccountAsync(app, Roles.Reader, "gesperrt.person@test.example");
        var editor = await AccountsTestData.CreateAccountAsync(app, Roles.CountyEditor, "redaktion.person@test.example");
        var client = AccountsTestData.CreateClient(app);
        for (var i = 0; i < 6; i++)
            await AccountsTestData.PostLoginAsync(client, locked, "falsches-passwort-123");
        await AccountsTestData.PostLoginAsync(client, "unbekannt.person@test.example", "falsches-passwort-123");
        var signedIn = await AccountsTestData.SignedInClientAsync(app, editor);
        await PersonalDataSearch.PostAsync(signedIn, "kontakt.person@test.example");

        // Each sign-in outcome is a security event, naming the account by its id only.
        Assert.Contains(recorder.Lines, l => l.StartsWith("Warning Sign-in refused: wrong password for account ", StringComparison.Ordinal));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Warning Sign-in refused: account ", StringComparison.Ordinal) && l.Contains("is locked", StringComparison.Ordinal));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Warning Sign-in refused: no account with the address given", StringComparison.Ordinal));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Information Sign-in of account ", StringComparison.Ordinal));
        Assert.DoesNotContain(recorder.Lines, l => l.Contains(".person", StringComparison.OrdinalIgnoreCase) || l.Contains("test.example", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(recorder.Lines, l => l.Contains("falsches-passwort", StringComparison.Ordinal) || l.Contains(AccountsTestData.Password, StringComparison.Ordinal));
    }
}
