using AngleSharp.Html.Parser;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS 2.1.12: every password field of the sign-in, password-change and second-factor pages has its own
/// "Passwort anzeigen" checkbox pointing at it, hidden in the markup (the script shows it where it works).
/// </summary>
public sealed class RevealPasswordMarkupTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/intern/anmelden", false)]
    [InlineData("/intern/konto/passwort", true)]
    [InlineData("/intern/konto/zwei-faktor", true)]
    public async Task Each_password_field_has_a_hidden_reveal_checkbox_with_a_label(string path, bool signedIn)
    {
        using var client = signedIn
            ? await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor))
            : _factory.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(path));

        var passwords = document.QuerySelectorAll("input[type=password]");
        Assert.NotEmpty(passwords);
        foreach (var password in passwords)
        {
            var box = document.QuerySelector($"input[type=checkbox][data-reveal-for='{password.Id}']");
            Assert.NotNull(box);
            Assert.Equal("Passwort anzeigen", document.QuerySelector($"label[for='{box!.Id}']")?.TextContent.Trim());
            Assert.True(box.Closest("[data-reveal-box]")!.HasAttribute("hidden"));
        }
    }
}
