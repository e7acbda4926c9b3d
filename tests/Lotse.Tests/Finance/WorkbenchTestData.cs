using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Finance.Controlling;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Finance;

/// <summary>Signed-in clients, forms posted with their antiforgery token, and funding periods written straight to the test database.</summary>
public static class WorkbenchTestData
{
    public static async Task<HttpClient> ClientAsync(LotseAppFactory factory, string role) =>
        await AccountsTestData.SignedInClientAsync(factory, await AccountsTestData.CreateAccountAsync(factory, role));

    /// <summary>GET <paramref name="formPath"/>, read its antiforgery token, POST the fields to <paramref name="postPath"/> (default: the same page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var form = await client.GetAsync(formPath);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = ((IHtmlInputElement)(await AccountsTestData.ParseAsync(form)).QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var all = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(postPath ?? formPath, new FormUrlEncodedContent(all));
    }

    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string path, string fileName, byte[] content)
    {
        var form = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = ((IHtmlInputElement)(await AccountsTestData.ParseAsync(form)).QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync(path, body);
    }

    public static async Task<T> WithDbAsync<T>(LotseAppFactory factory, Func<LotseDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    /// <summary>A period of 2014 with 12 000 € project funds and one full position of 60 000 € occupied all year.</summary>
    public static Task<Guid> CreatePeriodAsync(LotseAppFactory factory) =>
        WithDbAsync(factory, async db =>
        {
            var period = new FundingPeriod { Id = Guid.NewGuid(), Name = "Testzeitraum 2014", StartsOn = new(2014, 1, 1), EndsOn = new(2014, 12, 31) };
            period.Budgets.Add(new FundingBudget { Id = Guid.NewGuid(), Category = FundingCategory.Personnel, Approved = 60_000m });
            period.Budgets.Add(new FundingBudget { Id = Guid.NewGuid(), Category = FundingCategory.ProjectFunds, Approved = 12_000m });
            var position = new FundedPosition { Id = Guid.NewGuid(), Label = "Fachkraft", PayGrade = "A 11", PlannedAnnualAmount = 60_000m };
            position.Occupancies.Add(new PositionOccupancy { Id = Guid.NewGuid(), OccupiedFrom = new(2014, 1, 1) });
            period.Positions.Add(position);
            db.FundingPeriods.Add(period);
            await db.SaveChangesAsync();
            return period.Id;
        });

    /// <summary>For the access matrix: a funding period's page (workbench pages are not scoped: no outside sample).</summary>
    public static async Task<ScopedSamples> PeriodPageAsync(LotseAppFactory factory, string format) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await CreatePeriodAsync(factory)), null);
}
