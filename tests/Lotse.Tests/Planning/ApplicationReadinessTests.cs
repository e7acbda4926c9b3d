using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;

namespace Lotse.Tests.Planning;

public sealed class ApplicationReadinessTests
{
    private static readonly Guid Id = Guid.NewGuid();

    private static ReadinessFacts Complete(DateOnly? adopted, params (FocusArea, MeasureStatus)[] measures) => new(
        Id, HasKreistagDecision: true, "Situation", "Anbindung", [adopted],
        measures.Length > 0 ? measures : [(FocusArea.Education, MeasureStatus.Planned), (FocusArea.CrossCutting, MeasureStatus.Running)]);

    [Fact]
    public void A_concept_adopted_on_2011_02_15_is_valid_for_an_application_on_2014_02_15()
    {
        var readiness = ApplicationReadiness.Check(Complete(new DateOnly(2011, 2, 15)), new DateOnly(2014, 2, 15));

        Assert.True(readiness.IsReady);
        Assert.Empty(readiness.Problems);
        Assert.Equal(new DateOnly(2011, 2, 15), readiness.ConceptAdoptedOn);
    }

    [Fact]
    public void The_same_concept_is_older_than_three_years_on_2014_02_16()
    {
        var readiness = ApplicationReadiness.Check(Complete(new DateOnly(2011, 2, 15)), new DateOnly(2014, 2, 16));

        var problem = Assert.Single(readiness.Problems);
        Assert.Equal(ReadinessGap.ConceptTooOld, problem.Gap);
        Assert.Equal(new DateOnly(2014, 2, 15), problem.ConceptValidUntil);
        Assert.Equal(PlanningPaths.Concept, problem.FixPath);
    }

    [Fact]
    public void A_concept_adopted_on_29_February_stays_valid_until_28_February_three_years_later()
    {
        var adopted = new DateOnly(2012, 2, 29);

        Assert.True(ApplicationReadiness.Check(Complete(adopted), new DateOnly(2015, 2, 28)).IsReady);
        Assert.True(ApplicationReadiness.Check(Complete(adopted), new DateOnly(2015, 3, 1)).Has(ReadinessGap.ConceptTooOld));
    }

    [Fact]
    public void Without_a_cross_cutting_measure_exactly_that_gap_is_reported_with_the_work_plan_to_fix_it()
    {
        var facts = Complete(new DateOnly(2013, 12, 12), (FocusArea.Education, MeasureStatus.Planned), (FocusArea.CrossCutting, MeasureStatus.Cancelled));

        var problem = Assert.Single(ApplicationReadiness.Check(facts, new DateOnly(2014, 3, 1)).Problems);

        Assert.Equal(ReadinessGap.NoCrossCuttingMeasure, problem.Gap);
        Assert.Equal(PlanningPaths.WorkPlan, problem.FixPath);
    }

    [Fact]
    public void A_concept_adopted_after_the_application_date_does_not_count()
    {
        var readiness = ApplicationReadiness.Check(Complete(new DateOnly(2014, 3, 2)), new DateOnly(2014, 3, 1));

        Assert.Equal(ReadinessGap.NoAdoptedConcept, Assert.Single(readiness.Problems).Gap);
    }

    [Fact]
    public void The_latest_adopted_version_is_in_force_so_an_older_one_does_not_make_it_too_old()
    {
        var facts = Complete(null) with { ConceptAdoptions = [new DateOnly(2008, 1, 1), new DateOnly(2013, 12, 12), null] };

        var readiness = ApplicationReadiness.Check(facts, new DateOnly(2014, 3, 1));

        Assert.True(readiness.IsReady);
        Assert.Equal(new DateOnly(2013, 12, 12), readiness.ConceptAdoptedOn);
    }

    [Fact]
    public void An_empty_application_lists_every_missing_part_with_the_place_to_fix_it()
    {
        var facts = new ReadinessFacts(Id, false, " ", null, [], []);

        var problems = ApplicationReadiness.Check(facts, new DateOnly(2014, 3, 1)).Problems;

        Assert.Equal(
            [ReadinessGap.NoKreistagDecision, ReadinessGap.NoSituationDescription, ReadinessGap.NoOrganisationalAnchoring,
             ReadinessGap.NoAdoptedConcept, ReadinessGap.NoEducationMeasure, ReadinessGap.NoCrossCuttingMeasure],
            problems.Select(p => p.Gap));
        Assert.Equal(PlanningPaths.FundingApplication(Id) + "#Input_SituationDescription", problems[1].FixPath);
    }
}
