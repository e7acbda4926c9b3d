using Lotse.Features.Planning.Concept;

namespace Lotse.Features.Planning.Application;

/// <summary>What the readiness check needs to know, as plain values.</summary>
public sealed record ReadinessFacts(
    Guid ApplicationId,
    bool HasKreistagDecision,
    string? SituationDescription,
    string? OrganisationalAnchoring,
    IReadOnlyList<DateOnly?> ConceptAdoptions,
    IReadOnlyList<(FocusArea Area, MeasureStatus Status)> Measures);

public enum ReadinessGap
{
    NoKreistagDecision,
    NoSituationDescription,
    NoOrganisationalAnchoring,
    NoAdoptedConcept,
    ConceptTooOld,
    NoEducationMeasure,
    NoCrossCuttingMeasure,
}

/// <summary>One unmet condition: what is missing and the page where it is fixed.</summary>
public sealed record ReadinessProblem(ReadinessGap Gap, string FixPath, DateOnly? ConceptAdoptedOn = null, DateOnly? ConceptValidUntil = null);

/// <summary>
/// Whether an application may be filed on a date (state funding guideline for KIZ): Kreistag decision,
/// description of the local situation, organisational anchoring, a concept adopted and not older than
/// three years on that date, and at least one measure (not cancelled) in each statutory focus area.
/// </summary>
public sealed class ApplicationReadiness
{
    private ApplicationReadiness(DateOnly on, IReadOnlyList<ReadinessProblem> problems, DateOnly? conceptAdoptedOn)
    {
        On = on;
        Problems = problems;
        ConceptAdoptedOn = conceptAdoptedOn;
    }

    public DateOnly On { get; }
    public IReadOnlyList<ReadinessProblem> Problems { get; }
    /// <summary>The adoption date of the concept in force on <see cref="On"/>, if any.</summary>
    public DateOnly? ConceptAdoptedOn { get; }
    public bool IsReady => Problems.Count == 0;
    public bool Has(ReadinessGap gap) => Problems.Any(p => p.Gap == gap);

    public static ApplicationReadiness Check(ReadinessFacts facts, DateOnly applicationDate)
    {
        var problems = new List<ReadinessProblem>();
        var application = PlanningPaths.FundingApplication(facts.ApplicationId);
        if (!facts.HasKreistagDecision)
            problems.Add(new(ReadinessGap.NoKreistagDecision, application + "#Input_KreistagDecisionId"));
        if (string.IsNullOrWhiteSpace(facts.SituationDescription))
            problems.Add(new(ReadinessGap.NoSituationDescription, application + "#Input_SituationDescription"));
        if (string.IsNullOrWhiteSpace(facts.OrganisationalAnchoring))
            problems.Add(new(ReadinessGap.NoOrganisationalAnchoring, application + "#Input_OrganisationalAnchoring"));

        var inForce = facts.ConceptAdoptions.Where(d => d is { } a && a <= applicationDate).Max();
        if (inForce is not { } adopted)
            problems.Add(new(ReadinessGap.NoAdoptedConcept, PlanningPaths.Concept));
        else if (!ConceptInForce.IsValidOn(adopted, applicationDate))
            problems.Add(new(ReadinessGap.ConceptTooOld, PlanningPaths.Concept, adopted, ConceptInForce.ValidUntil(adopted)));

        var active = facts.Measures.Where(m => m.Status != MeasureStatus.Cancelled).Select(m => m.Area).ToHashSet();
        if (!active.Contains(FocusArea.Education))
            problems.Add(new(ReadinessGap.NoEducationMeasure, PlanningPaths.WorkPlan));
        if (!active.Contains(FocusArea.CrossCutting))
            problems.Add(new(ReadinessGap.NoCrossCuttingMeasure, PlanningPaths.WorkPlan));
        return new ApplicationReadiness(applicationDate, problems, inForce);
    }
}
