namespace Lotse.Features.Inventory.Overlap;

/// <summary>
/// Holds planned measures against existing activities. A measure possibly duplicates an activity when they
/// share a municipality (county-wide on either side counts as shared), share a topic (a side without topics
/// cannot be compared and never matches), share an audience (a side without audiences is open to everyone and
/// matches any audience) and, only when both name languages, share a language.
/// </summary>
public static class OverlapAnalysis
{
    public static IReadOnlyList<OverlapFinding> Find(IEnumerable<PlannedMeasure> measures, IReadOnlyList<ExistingActivity> activities) =>
        measures.SelectMany(m => activities.Select(a => Compare(m, a)).OfType<OverlapFinding>())
            .OrderByDescending(f => f.Strength)
            .ThenBy(f => f.Measure.Title, StringComparer.CurrentCulture)
            .ThenBy(f => f.Activity.Title, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>The finding when <paramref name="measure"/> possibly duplicates <paramref name="activity"/>, else null.</summary>
    public static OverlapFinding? Compare(PlannedMeasure measure, ExistingActivity activity)
    {
        var countyWide = measure.MunicipalityIds.Count == 0 || activity.MunicipalityIds.Count == 0;
        var municipalities = measure.MunicipalityIds.Intersect(activity.MunicipalityIds).ToList();
        if (!countyWide && municipalities.Count == 0)
            return null;

        var topics = Shared(measure.TopicCodes, activity.TopicCodes);
        if (topics.Count == 0)
            return null;

        var openAudience = measure.AudienceCodes.Count == 0 || activity.AudienceCodes.Count == 0;
        var audiences = Shared(measure.AudienceCodes, activity.AudienceCodes);
        if (!openAudience && audiences.Count == 0)
            return null;

        var languages = Shared(measure.LanguageCodes, activity.LanguageCodes);
        if (measure.LanguageCodes.Count > 0 && activity.LanguageCodes.Count > 0 && languages.Count == 0)
            return null;

        var exact = municipalities.Count > 0 && audiences.Count > 0;
        return new OverlapFinding(measure, activity, municipalities, countyWide && municipalities.Count == 0, topics,
            audiences, openAudience && audiences.Count == 0, languages, exact ? OverlapStrength.Exact : OverlapStrength.Partial);
    }

    private static List<string> Shared(IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        left.Intersect(right, StringComparer.OrdinalIgnoreCase).ToList();
}
