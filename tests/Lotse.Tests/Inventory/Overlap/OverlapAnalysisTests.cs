using Lotse.Features.Inventory.Overlap;

namespace Lotse.Tests.Inventory.Overlap;

/// <summary>The rules of a possible duplicate, held directly against the plain analysis type.</summary>
public sealed class OverlapAnalysisTests
{
    private static readonly Guid Troisdorf = Guid.NewGuid();
    private static readonly Guid Siegburg = Guid.NewGuid();

    private static PlannedMeasure Measure(Guid[]? municipalities = null, string[]? topics = null, string[]? audiences = null, string[]? languages = null) =>
        new("Sprachcafé für Frauen in Troisdorf", null, municipalities ?? [Troisdorf], topics ?? ["sprache"], audiences ?? ["frauen"], languages ?? []);

    private static ExistingActivity Activity(Guid[]? municipalities = null, string[]? topics = null, string[]? audiences = null, string[]? languages = null) =>
        new("Verzeichnis", "Frauenintegrationskurs", "/intern/angebote/1", municipalities ?? [Troisdorf], topics ?? ["sprache", "familie"], audiences ?? ["frauen", "eltern"], languages ?? []);

    [Fact]
    public void Same_municipality_topic_and_audience_is_an_exact_overlap_listing_what_is_shared()
    {
        var finding = OverlapAnalysis.Compare(Measure(), Activity());

        Assert.NotNull(finding);
        Assert.Equal(OverlapStrength.Exact, finding.Strength);
        Assert.Equal([Troisdorf], finding.SharedMunicipalityIds);
        Assert.Equal(["sprache"], finding.SharedTopicCodes);
        Assert.Equal(["frauen"], finding.SharedAudienceCodes);
        Assert.False(finding.CountyWide);
        Assert.False(finding.OpenAudience);
    }

    [Fact]
    public void Another_municipality_topic_or_audience_is_no_overlap()
    {
        Assert.Null(OverlapAnalysis.Compare(Measure(municipalities: [Siegburg]), Activity()));
        Assert.Null(OverlapAnalysis.Compare(Measure(topics: ["sport"]), Activity()));
        Assert.Null(OverlapAnalysis.Compare(Measure(audiences: ["senioren"]), Activity()));
    }

    [Fact]
    public void County_wide_on_either_side_counts_as_a_shared_municipality_but_only_partially()
    {
        var countyWideActivity = OverlapAnalysis.Compare(Measure(), Activity(municipalities: []));
        var countyWideMeasure = OverlapAnalysis.Compare(Measure(municipalities: []), Activity(municipalities: [Siegburg]));

        Assert.NotNull(countyWideActivity);
        Assert.True(countyWideActivity.CountyWide);
        Assert.Equal(OverlapStrength.Partial, countyWideActivity.Strength);
        Assert.NotNull(countyWideMeasure);
        Assert.True(countyWideMeasure.CountyWide);
    }

    [Fact]
    public void An_activity_without_audience_is_open_to_everyone_and_overlaps_any_audience()
    {
        var finding = OverlapAnalysis.Compare(Measure(audiences: ["senioren"]), Activity(audiences: []));

        Assert.NotNull(finding);
        Assert.True(finding.OpenAudience);
        Assert.Empty(finding.SharedAudienceCodes);
        Assert.Equal(OverlapStrength.Partial, finding.Strength);
    }

    [Fact]
    public void Without_topics_nothing_can_be_compared()
    {
        Assert.Null(OverlapAnalysis.Compare(Measure(), Activity(topics: [])));
        Assert.Null(OverlapAnalysis.Compare(Measure(topics: []), Activity()));
    }

    [Fact]
    public void Languages_count_only_when_both_sides_name_them()
    {
        Assert.Null(OverlapAnalysis.Compare(Measure(languages: ["ar"]), Activity(languages: ["uk", "ru"])));
        Assert.Equal(["ar"], OverlapAnalysis.Compare(Measure(languages: ["ar"]), Activity(languages: ["ar", "tr"]))!.SharedLanguageCodes);
        var oneSideSilent = OverlapAnalysis.Compare(Measure(languages: ["ar"]), Activity(languages: []));
        Assert.NotNull(oneSideSilent);
        Assert.Empty(oneSideSilent.SharedLanguageCodes);
        Assert.Equal(OverlapStrength.Exact, oneSideSilent.Strength);
    }

    [Fact]
    public void Find_lists_every_pair_exact_ones_first()
    {
        var partial = Activity(municipalities: []) with { Title = "A kreisweit" };
        var exact = Activity() with { Title = "Z in Troisdorf" };
        var elsewhere = Activity(municipalities: [Siegburg]) with { Title = "Siegburg" };

        var findings = OverlapAnalysis.Find([Measure()], [partial, elsewhere, exact]);

        Assert.Equal(["Z in Troisdorf", "A kreisweit"], findings.Select(f => f.Activity.Title));
    }
}
