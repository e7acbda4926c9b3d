using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Planning.WorkPlan;

public sealed record MeasureIndicatorValues(string Name, string? Unit, decimal? Target, decimal? Actual);

/// <summary>A checked measure form, ready to be written to a measure.</summary>
public sealed record MeasureValues(
    string Title, string? Goal, FocusArea FocusArea, EducationChainStage? Stage, string? Field, int? PeriodStartYear,
    MeasureStatus Status, DateOnly? StartsOn, DateOnly? EndsOn, decimal? Budget, Guid? ResponsibleId,
    IReadOnlyList<Guid> TermIds, IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<Guid> LanguageIds,
    IReadOnlyList<Guid> PartnerIds, IReadOnlyList<MeasureIndicatorValues> Indicators, string? ProgrammeTemplate)
{
    /// <summary>Writes the values to <paramref name="measure"/> (loaded with its collections); indicators are replaced.</summary>
    public async Task ApplyToAsync(Measure measure, LotseDbContext db, CancellationToken cancellationToken)
    {
        measure.Title = Title;
        measure.Goal = Goal;
        measure.FocusArea = FocusArea;
        measure.EducationChainStage = Stage;
        measure.CrossCuttingField = Field;
        measure.CrossCuttingPeriodStartYear = PeriodStartYear;
        measure.Status = Status;
        measure.StartsOn = StartsOn;
        measure.EndsOn = EndsOn;
        measure.Budget = Budget;
        measure.ResponsibleOrganizationId = ResponsibleId;
        measure.ProgrammeTemplate = ProgrammeTemplate;
        Replace(measure.Terms, await db.TaxonomyTerms.Where(t => TermIds.Contains(t.Id)).ToListAsync(cancellationToken));
        Replace(measure.Municipalities, await db.Municipalities.Where(m => MunicipalityIds.Contains(m.Id)).ToListAsync(cancellationToken));
        Replace(measure.Languages, await db.Languages.Where(l => LanguageIds.Contains(l.Id)).ToListAsync(cancellationToken));
        Replace(measure.Partners, await db.Organizations.Where(o => PartnerIds.Contains(o.Id)).ToListAsync(cancellationToken));
        foreach (var old in measure.Indicators.ToList())
            db.MeasureIndicators.Remove(old);
        measure.Indicators.Clear();
        var order = 0;
        foreach (var i in Indicators)
        {
            // Added explicitly: a row with a set key found only through the navigation would be taken for an existing one (UPDATE).
            var indicator = new MeasureIndicator { Id = Guid.NewGuid(), Measure = measure, Name = i.Name, Unit = i.Unit, Target = i.Target, Actual = i.Actual, SortOrder = order++ };
            db.MeasureIndicators.Add(indicator);
            measure.Indicators.Add(indicator);
        }
    }

    // Only the difference is written: removing and re-adding the same link row makes EF delete a row it then keeps.
    private static void Replace<T>(ICollection<T> collection, IReadOnlyCollection<T> items) where T : class
    {
        foreach (var gone in collection.Where(c => !items.Contains(c)).ToList())
            collection.Remove(gone);
        foreach (var item in items.Where(i => !collection.Contains(i)))
            collection.Add(item);
    }
}
