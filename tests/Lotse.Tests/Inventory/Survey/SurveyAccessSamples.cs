using Lotse.Features.Accounts;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>Survey rounds for the access matrix's {id} routes: the KIZ pages of a round, and a municipality's questionnaire.</summary>
public static class SurveyAccessSamples
{
    /// <summary>A page of a round (KIZ pages: every role with the permission sees every round, so no outside).</summary>
    public static async Task<ScopedSamples> RoundPageAsync(LotseAppFactory factory, string pathFormat) =>
        new(string.Format(pathFormat, await SurveyTestData.OpenRoundAsync(factory)), null);

    /// <summary>Troisdorf's questionnaire (the matrix's Redaktion Kommune has Troisdorf), and Siegburg's outside its scope.</summary>
    public static async Task<ScopedSamples> AnswerAsync(LotseAppFactory factory, string? role)
    {
        var round = await SurveyTestData.OpenRoundAsync(factory);
        var inside = SurveyPaths.Answer(round, await SurveyTestData.MunicipalityIdAsync(factory, SurveyTestData.Troisdorf));
        var outside = SurveyPaths.Answer(round, await SurveyTestData.MunicipalityIdAsync(factory, SurveyTestData.Siegburg));
        return new(inside, role == Roles.MunicipalityEditor ? outside : null);
    }
}
