using System.Net;
using AngleSharp.Html.Parser;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Offers;

namespace Lotse.Tests.Faults.Kill;

/// <summary>What became of one editorial save as the editor saw it.</summary>
internal enum SaveAnswer
{
    /// <summary>302 to the offer with "gespeichert": the app said the save is done.</summary>
    Acknowledged,
    /// <summary>409: someone else saved first; the app refused, nothing of this save may show.</summary>
    Refused,
    /// <summary>Sent, but no answer came (the process was killed): it may or may not have been committed.</summary>
    InFlight,
    /// <summary>The edit form could not even be loaded (host gone): nothing was sent.</summary>
    NotSent,
}

/// <summary>
/// One county editor in a browser: a cookie jar that outlives restarts of the web host (cookies are kept per host
/// name, not per port), a sign-in through the real login form, and saves made as the edit page offers them: form
/// loaded, name, alternative name and description changed to carry one token, the whole form posted back.
/// </summary>
internal sealed class KillSavesEditor(string email) : IDisposable
{
    private readonly HttpClientHandler _browser = new() { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
    private HttpClient? _client;

    public string Email => email;

    /// <summary>How often the editor had to sign in: once, if the session survives restarts of the host.</summary>
    public int SignIns { get; private set; }

    public static string NameWith(string token) => $"Angebot {token}";

    public static string DescriptionWith(string token) => $"Beschreibung {token}: ein Angebot im Abbruchtest.";

    /// <summary>Points the browser at the (restarted) host and signs in again unless its session cookie still works.</summary>
    public async Task ConnectAsync(Uri host, Guid anyOffer)
    {
        _client?.Dispose();
        _client = new HttpClient(_browser, disposeHandler: false) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        using var probe = await _client.GetAsync($"/intern/angebote/{anyOffer}");
        if (probe.StatusCode == HttpStatusCode.OK)
            return;
        SignIns++;
        using var login = await AccountsTestData.PostLoginAsync(_client, email, AccountsTestData.Password);
        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)login.StatusCode}");
        using var again = await _client.GetAsync($"/intern/angebote/{anyOffer}");
        Assert.True(again.StatusCode == HttpStatusCode.OK, $"{email} cannot open an offer after signing in: {(int)again.StatusCode}");
    }

    /// <summary>
    /// Loads the offer's edit form and posts it back carrying <paramref name="token"/>. <paramref name="sending"/> is
    /// called just before the post leaves, so the caller knows the save may have reached the app.
    /// </summary>
    public async Task<SaveAnswer> SaveAsync(Guid offer, string token, Action sending)
    {
        var path = $"/intern/angebote/{offer}";
        string html;
        try
        {
            using var page = await _client!.GetAsync(path);
            html = await page.Content.ReadAsStringAsync();
            if (page.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"GET {path} as {email}: {(int)page.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return SaveAnswer.NotSent;
        }

        var form = OffersTestData.Form(new HtmlParser().ParseDocument(html));
        var fields = OffersTestData.Fields(form)
            .Set("Input.Name", NameWith(token))
            .Set("Input.AlternateName", token)
            .Set("Input.Description", DescriptionWith(token))
            // Names like "Angebot …" resemble each other; the duplicate warning is not what this test is about.
            .Set("Input.ConfirmDuplicate", "true");
        sending();
        try
        {
            using var answer = await _client.PostAsync(OffersTestData.ActionOf(form, path), new FormUrlEncodedContent(fields));
            var location = answer.Headers.Location?.OriginalString ?? "";
            if (answer.StatusCode == HttpStatusCode.Redirect && location.Contains("meldung=gespeichert", StringComparison.Ordinal))
                return SaveAnswer.Acknowledged;
            if (answer.StatusCode == HttpStatusCode.Conflict)
                return SaveAnswer.Refused;
            var body = await answer.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"POST {path} as {email}: {(int)answer.StatusCode} {location} {body[..Math.Min(body.Length, 500)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return SaveAnswer.InFlight;
        }
    }

    public void Dispose()
    {
        _client?.Dispose();
        _browser.Dispose();
    }
}
