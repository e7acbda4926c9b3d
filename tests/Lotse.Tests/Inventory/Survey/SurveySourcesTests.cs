using Lotse.Data.Seed;
using Lotse.Features.Inventory.Overlap;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>What the overlap analysis and the levy comparison read from the latest closed round.</summary>
public sealed class SurveySourcesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Reported_fields_of_action_with_codes_are_existing_activities_of_the_latest_closed_round()
    {
        var closed = await SurveyTestData.OpenRoundAsync(_factory, "Abfrage alt");
        await SurveyTestData.SubmitAllAsync(_factory, closed, [SurveyTestData.Troisdorf]);
        await SurveyTestData.CloseAsync(_factory, closed);
        // A newer open round does not replace the closed one.
        var open = await SurveyTestData.OpenRoundAsync(_factory, "Abfrage neu");
        await SurveyTestData.SubmitAllAsync(_factory, open, [SurveyTestData.Siegburg]);

        await using var scope = _factory.Services.CreateAsyncScope();
        var sources = scope.ServiceProvider.GetServices<IExistingActivitySource>();
        var activities = (await sources.OfType<SurveyActivitySource>().Single().LoadAsync(default)).ToList();
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        Assert.Equal(2, activities.Count);
        var language = Assert.Single(activities, a => a.Title == "Sprachkurse durch Ehrenamtliche");
        Assert.Equal("Bestandsaufnahme Abfrage alt", language.Source);
        Assert.Equal([troisdorf], language.MunicipalityIds);
        Assert.Equal(["sprache"], language.TopicCodes);
        Assert.Contains(activities, a => a.Title == "Begegnungsfeste" && a.TopicCodes.SequenceEqual(["kultur"]));

        var spending = await scope.ServiceProvider.GetRequiredService<ReportedIntegrationSpending>().LoadAsync(default);
        Assert.Equal([troisdorf], spending.Keys);
    }

    [Fact]
    public void Option_codes_of_the_2013_questionnaire_are_known_taxonomy_codes()
    {
        var topics = Lotse.Data.Seed.ReferenceDataSeeder.Read("taxonomie-thema.csv").Select(r => r["code"]).ToHashSet();
        var audiences = Lotse.Data.Seed.ReferenceDataSeeder.Read("taxonomie-zielgruppe.csv").Select(r => r["code"]).ToHashSet();
        var options = Questionnaire2013.Build(DateTime.UtcNow).Questions.SelectMany(q => q.Options).ToList();
        Assert.All(options.Where(o => o.TopicCode is not null), o => Assert.Contains(o.TopicCode!, topics));
        Assert.All(options.Where(o => o.AudienceCode is not null), o => Assert.Contains(o.AudienceCode!, audiences));
        Assert.Equal("maedchen", options.Single(o => o.Key == "treff_maedchen").AudienceCode);
    }
}
