using Lotse.Data.Seed;
using Lotse.Features.Inventory.Survey;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>The county summary computed directly from answers, as in the 2013 report.</summary>
public sealed class SurveySummaryTests
{
    private static readonly IReadOnlyList<SurveyQuestion> Questions = Questionnaire2013.Build(DateTime.UtcNow).Questions;

    private static SurveySummary NineteenMunicipalities()
    {
        var names = Enumerable.Range(1, 15).Select(i => $"Kommune {i}").Concat(SurveyTestData.Strategic).ToList();
        var submitted = names.Select((name, i) => new SubmittedAnswers(name,
            SurveyTestData.Answers(name, SurveyTestData.StaffShareOf(i), SurveyTestData.Strategic.Contains(name), spending: i < 10 ? 1000m * (i + 1) : null))).ToList();
        return SurveySummary.Create(Questions, submitted, municipalities: 19);
    }

    [Fact]
    public void Four_of_nineteen_reporting_strategic_work_reads_4_von_19()
    {
        var summary = NineteenMunicipalities();
        Assert.Equal(19, summary.Respondents);
        Assert.Contains("Strategische Integrationsarbeit in 4 von 19 Kommunen.", summary.Findings);
        Assert.Contains("19 von 19 Kommunen haben Integrationsbeauftragte bzw. zuständige Mitarbeiter/-innen.", summary.Findings);
        Assert.Contains("19 von 19 Kommunen bieten Beratung und Unterstützung im Einzelfall an.", summary.Findings);
    }

    [Fact]
    public void Staff_shares_show_their_range_and_how_many_did_not_state_one()
    {
        var summary = NineteenMunicipalities();
        Assert.Contains("Stellenanteile für Integrationsaufgaben von 10 % einer Stelle bis 3 Stellen; 3 von 19 Kommunen ohne Angabe.", summary.Findings);
        var staff = summary.Question("staff_share")!;
        Assert.Equal(0.1m, staff.Min);
        Assert.Equal(3m, staff.Max);
        Assert.Equal(3, staff.NotStated);
    }

    [Fact]
    public void Fields_of_action_and_partners_are_counted_per_option_and_spending_is_summed()
    {
        var summary = NineteenMunicipalities();
        var fields = summary.Question("fields_of_action")!;
        Assert.Equal(19, fields.Counts.Single(c => c.Key == "begegnungsfeste").Count);
        Assert.Equal(0, fields.Counts.Single(c => c.Key == "treff_maedchen").Count);
        Assert.Equal(19, summary.Question("cooperation_partners")!.Counts.Single(c => c.Key == "migrationsberatung").Count);
        var spending = summary.Question("integration_spending")!;
        Assert.Equal(55_000m, spending.Total);
        Assert.Equal(9, spending.NotStated);
        Assert.Contains(summary.Findings, f => f.Contains("zusammen 55.000 € aus 10 von 19 Kommunen", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_submitted_municipalities_count_and_the_participation_is_said()
    {
        var submitted = new[] { new SubmittedAnswers("A", SurveyTestData.Answers("A", 1m, true)) };
        var summary = SurveySummary.Create(Questions, submitted, municipalities: 19);
        Assert.Contains("1 von 19 Kommunen haben den Fragebogen abgegeben.", summary.Findings);
        Assert.Contains("Strategische Integrationsarbeit in 1 von 1 Kommunen.", summary.Findings);
        Assert.Contains("Stellenanteile für Integrationsaufgaben von 1 Stelle bis 1 Stelle; 0 von 1 Kommunen ohne Angabe.", summary.Findings);
    }

    [Theory]
    [InlineData("0.1", "10 % einer Stelle")]
    [InlineData("0.25", "25 % einer Stelle")]
    [InlineData("1", "1 Stelle")]
    [InlineData("1.5", "1,5 Stellen")]
    [InlineData("3", "3 Stellen")]
    public void Staff_shares_read_as_in_the_report(string positions, string expected) =>
        Assert.Equal(expected, SurveySummary.StaffShare(decimal.Parse(positions, System.Globalization.CultureInfo.InvariantCulture)));
}
