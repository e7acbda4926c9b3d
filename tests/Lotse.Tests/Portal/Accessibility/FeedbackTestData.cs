using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Portal.Accessibility;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Portal.Accessibility;

/// <summary>Posts through the real feedback form (with its antiforgery token) and reads the stored messages.</summary>
public static class FeedbackTestData
{
    public const string FormPath = "/de/barrierefreiheit/rueckmeldung";

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var form = await AccountsTestData.ParseAsync(await client.GetAsync(FormPath));
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var posted = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(FormPath, new FormUrlEncodedContent(posted));
    }

    public static async Task<List<AccessibilityFeedback>> StoredAsync(LotseAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().AccessibilityFeedback.AsNoTracking().ToListAsync();
    }
}
