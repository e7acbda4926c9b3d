using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Data.Seed;
using Lotse.Features.Accounts;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>Rounds of the 2013 questionnaire with answers written directly, accounts with municipality scope, and form tokens.</summary>
public static class SurveyTestData
{
    public const string Troisdorf = "Troisdorf";
    public const string Siegburg = "Siegburg";

    /// <summary>The four larger municipalities that report strategic work in the test round.</summary>
    public static readonly string[] Strategic = ["Troisdorf", "Sankt Augustin", "Siegburg", "Hennef (Sieg)"];

    /// <summary>An open round of the 2013 template for all municipalities, nothing answered yet.</summary>
    public static async Task<Guid> OpenRoundAsync(LotseAppFactory factory, string name = "Abfrage Test")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var round = await SurveyRoundOpening.AddAsync(db, name, Questionnaire2013.TemplateId, new DateOnly(2026, 12, 31), DateTime.UtcNow, false, default);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>Answers for one municipality: a contact person, a staff share (null = not stated), case counselling, strategic work or not.</summary>
    public static Dictionary<string, SurveyAnswer> Answers(string municipality, decimal? staffShare, bool strategic, decimal? spending = null) => new()
    {
        ["integration_officer_exists"] = new() { Yes = true },
        ["integration_officer"] = new() { Name = $"Person {municipality}", Function = "Integrationsbeauftragte" },
        ["organisational_unit"] = new() { Options = ["soziales"] },
        ["staff_share"] = staffShare is { } s ? new() { Number = s } : new() { NotStated = true },
        ["case_counselling"] = new() { Yes = true },
        ["fields_of_action"] = new() { Options = ["begegnungsfeste", "sprachkurse_ehrenamt"] },
        ["strategic_work"] = new() { Yes = strategic },
        ["cooperation_partners"] = new() { Options = ["migrationsberatung"] },
        ["integration_spending"] = spending is { } e ? new() { Number = e } : new(),
    };

    /// <summary>Staff shares of the 2013 kind: 10 % of a position up to 3 positions, three municipalities without a figure.</summary>
    public static decimal? StaffShareOf(int index) => index switch
    {
        0 => 0.1m,
        1 => 3m,
        2 or 3 or 4 => null,
        _ => 0.5m,
    };

    /// <summary>Writes a submitted answer set for every municipality (or those in <paramref name="only"/>).</summary>
    public static async Task SubmitAllAsync(LotseAppFactory factory, Guid roundId, IReadOnlyCollection<string>? only = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var responses = await db.SurveyResponses.Include(r => r.Municipality).Where(r => r.RoundId == roundId)
            .OrderBy(r => r.Municipality!.Name).ToListAsync();
        for (var i = 0; i < responses.Count; i++)
        {
            var name = responses[i].Municipality!.Name;
            if (only is not null && !only.Contains(name))
                continue;
            responses[i].AnswersJson = SurveyAnswers.ToJson(Answers(name, StaffShareOf(i), Strategic.Contains(name), spending: 10_000m * (i + 1)));
            responses[i].Status = SurveyResponseStatus.Submitted;
            responses[i].SubmittedAt = DateTime.UtcNow;
        }
        await db.SaveChangesAsync();
    }

    public static async Task CloseAsync(LotseAppFactory factory, Guid roundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        (await db.SurveyRounds.SingleAsync(r => r.Id == roundId)).ClosedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> MunicipalityIdAsync(LotseAppFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync();
    }

    public static async Task<SurveyResponse> ResponseAsync(LotseAppFactory factory, Guid roundId, string municipality)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().SurveyResponses.AsNoTracking()
            .SingleAsync(r => r.RoundId == roundId && r.Municipality!.Name == municipality);
    }

    /// <summary>A Redaktion Kommune account for the named municipalities (instead of the default Troisdorf).</summary>
    public static async Task<(HttpClient Client, string Email)> MunicipalityEditorAsync(LotseAppFactory factory, params string[] municipalities)
    {
        var email = await MunicipalityEditorAccountAsync(factory, municipalities);
        return (await AccountsTestData.SignedInClientAsync(factory, email), email);
    }

    /// <summary>The account only, not signed in (the login is rate-limited).</summary>
    public static async Task<string> MunicipalityEditorAccountAsync(LotseAppFactory factory, params string[] municipalities)
    {
        var email = await AccountsTestData.CreateAccountAsync(factory, Roles.MunicipalityEditor);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.UserMunicipalities.RemoveRange(db.UserMunicipalities.Where(s => s.UserId == userId));
            foreach (var name in municipalities)
                db.UserMunicipalities.Add(new UserMunicipality { UserId = userId, MunicipalityId = await db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync() });
            await db.SaveChangesAsync();
        }
        return email;
    }

    public static async Task<HttpClient> SignInAsync(LotseAppFactory factory, string role) =>
        await AccountsTestData.SignedInClientAsync(factory, await AccountsTestData.CreateAccountAsync(factory, role));

    /// <summary>GETs the page and returns its form's antiforgery token and stamp (if any).</summary>
    public static async Task<(string Token, string? Stamp)> FormAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var document = await AccountsTestData.ParseAsync(response);
        var token = ((IHtmlInputElement)document.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var stamp = (document.QuerySelector("input[name=ConcurrencyStamp]") as IHtmlInputElement)?.Value;
        return (token, stamp);
    }

    /// <summary>POSTs a form with the token; fields may repeat (checkbox groups).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, IEnumerable<(string Name, string Value)> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token))));
}
