namespace Lotse.Features.Planning.WorkPlan;

/// <summary>A group of measures under a heading, as the work plan's views list them.</summary>
public sealed record MeasureGroup(string Heading, IReadOnlyList<Measure> Measures);

/// <summary>A heading with its groups (e.g. a focus area with its stages).</summary>
public sealed record MeasureSection(string Heading, IReadOnlyList<MeasureGroup> Groups);

/// <summary>
/// The work plan's three views as plain groupings: by focus area (education by chain stage in order, cross-cutting by
/// focus field and period), by municipality (county-wide measures in their own group), and by start month.
/// </summary>
public static class WorkPlanViews
{
    public static IReadOnlyList<MeasureSection> ByFocusArea(IReadOnlyList<Measure> measures, Func<FocusArea, string> focusName,
        Func<EducationChainStage, string> stageName, string missing)
    {
        var education = measures.Where(m => m.FocusArea == FocusArea.Education)
            .GroupBy(m => m.EducationChainStage)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new MeasureGroup(g.Key is { } stage ? stageName(stage) : missing, Sorted(g)))
            .ToList();
        var crossCutting = measures.Where(m => m.FocusArea == FocusArea.CrossCutting)
            .GroupBy(m => (m.CrossCuttingField ?? missing, m.CrossCuttingPeriodStartYear))
            .OrderBy(g => g.Key.CrossCuttingPeriodStartYear ?? int.MaxValue).ThenBy(g => g.Key.Item1, StringComparer.CurrentCulture)
            .Select(g => new MeasureGroup(g.Key.CrossCuttingPeriodStartYear is { } year ? $"{g.Key.Item1} ({year}–{year + 1})" : g.Key.Item1, Sorted(g)))
            .ToList();
        return [new(focusName(FocusArea.Education), education), new(focusName(FocusArea.CrossCutting), crossCutting)];
    }

    public static IReadOnlyList<MeasureGroup> ByMunicipality(IReadOnlyList<Measure> measures, string countyWide)
    {
        var groups = measures.SelectMany(m => m.Municipalities.Select(x => (x.Name, Measure: m)))
            .GroupBy(p => p.Name)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new MeasureGroup(g.Key, Sorted(g.Select(p => p.Measure))))
            .ToList();
        var county = measures.Where(m => m.Municipalities.Count == 0).ToList();
        if (county.Count > 0)
            groups.Insert(0, new MeasureGroup(countyWide, Sorted(county)));
        return groups;
    }

    /// <summary>Measures by the month they start, in time order; those without a start date last.</summary>
    public static IReadOnlyList<MeasureGroup> ByStartMonth(IReadOnlyList<Measure> measures, string noDate)
    {
        var groups = measures.Where(m => m.StartsOn is not null)
            .GroupBy(m => new DateOnly(m.StartsOn!.Value.Year, m.StartsOn.Value.Month, 1))
            .OrderBy(g => g.Key)
            .Select(g => new MeasureGroup(MeasureTexts.Month(g.Key), g.OrderBy(m => m.StartsOn).ThenBy(m => m.Title, StringComparer.CurrentCulture).ToList()))
            .ToList();
        var undated = measures.Where(m => m.StartsOn is null).ToList();
        if (undated.Count > 0)
            groups.Add(new MeasureGroup(noDate, Sorted(undated)));
        return groups;
    }

    private static List<Measure> Sorted(IEnumerable<Measure> measures) =>
        measures.OrderBy(m => m.Title, StringComparer.CurrentCulture).ToList();
}
