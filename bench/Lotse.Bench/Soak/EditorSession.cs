using System.Diagnostics;
using System.Net;

namespace Lotse.Bench.Soak;

/// <summary>
/// One county editor in the back office: signs in once through the real login form, then saves offers
/// as the edit page offers them (form loaded, one field changed, the whole form posted back).
/// </summary>
internal sealed class EditorSession(HttpClient client, SoakAccount account, int number)
{
    private int _saves;

    public string Email => account.Email;

    /// <summary>Signs in; throws when the app does not answer as a login that worked.</summary>
    public async Task SignInAsync()
    {
        const string loginPath = "/intern/anmelden";
        using var page = await client.GetAsync(loginPath);
        var html = await ExpectAsync(page, HttpStatusCode.OK, loginPath);
        var form = HtmlForm.Find(html, "Input.Password") ?? throw new InvalidOperationException("The login page has no login form.");
        form.Set("Input.Email", account.Email);
        form.Set("Input.Password", account.Password);
        using var answer = await client.PostAsync(TargetOf(form, loginPath), form.ToContent());
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.OriginalString.StartsWith("/intern/", StringComparison.Ordinal) != true
            || answer.Headers.Location.OriginalString.StartsWith("/intern/anmelden", StringComparison.Ordinal))
            throw new InvalidOperationException($"Sign-in of {account.Email} answered {(int)answer.StatusCode} {answer.Headers.Location}.");
        using var start = await client.GetAsync("/intern/");
        await ExpectAsync(start, HttpStatusCode.OK, "/intern/ after sign-in");
    }

    /// <summary>
    /// Loads the offer's edit form and posts it with a changed alternative name. A 409 (someone saved the
    /// offer in between) is the app doing its job; everything but 302 to the saved page or 409 is an error.
    /// </summary>
    public async Task<Outcome> SaveAsync(Guid offerId)
    {
        var path = $"/intern/angebote/{offerId}";
        using var page = await client.GetAsync(path);
        if (page.StatusCode != HttpStatusCode.OK)
            return Outcome.Error($"GET {path} as {account.Email}: {(int)page.StatusCode}");
        var form = HtmlForm.Find(await page.Content.ReadAsStringAsync(), "Input.ConcurrencyStamp");
        if (form?.Value("__RequestVerificationToken") is null)
            return Outcome.Error($"GET {path}: no edit form with antiforgery token and concurrency stamp");
        form.Set("Input.AlternateName", $"Soak {number}.{Interlocked.Increment(ref _saves)}");

        var posted = Stopwatch.GetTimestamp();
        using var answer = await client.PostAsync(TargetOf(form, path), form.ToContent());
        var postTicks = Stopwatch.GetTimestamp() - posted;
        var location = answer.Headers.Location?.OriginalString ?? "";
        if (answer.StatusCode == HttpStatusCode.Redirect && location.Contains("meldung=gespeichert", StringComparison.Ordinal))
            return Outcome.Ok(postTicks);
        if (answer.StatusCode == HttpStatusCode.Conflict)
            return Outcome.Conflict(postTicks);
        var body = await answer.Content.ReadAsStringAsync();
        return Outcome.Error($"POST {path} as {account.Email}: {(int)answer.StatusCode} {location} {Excerpt(body)}");
    }

    private static string TargetOf(HtmlForm form, string page) => string.IsNullOrEmpty(form.Action) ? page : form.Action;

    private static async Task<string> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode} instead of {(int)expected}: {Excerpt(body)}");
        return body;
    }

    // Enough of a page to recognise an error message, without flooding the console.
    private static string Excerpt(string body)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(body, "<[^>]*>|\\s+", " ").Trim();
        return text.Length <= 300 ? text : text[..300] + " …";
    }
}
