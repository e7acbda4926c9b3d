using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>Measures with everything the work plan shows and edits.</summary>
public static class MeasureLoading
{
    public static IQueryable<Measure> WithDetails(this IQueryable<Measure> measures) =>
        measures
            .Include(m => m.Terms).ThenInclude(t => t.Taxonomy)
            .Include(m => m.Municipalities)
            .Include(m => m.Languages)
            .Include(m => m.Partners)
            .Include(m => m.ResponsibleOrganization)
            .Include(m => m.Indicators)
            .AsSplitQuery();

    /// <summary>Adds an empty indicator row so the form can take one more without script.</summary>
    public static void AddBlankIndicatorRows(MeasureInput input)
    {
        for (var i = 0; i < MeasureInput.BlankIndicatorRows; i++)
            input.Indicators.Add(new IndicatorInput());
    }
}
