using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace Lotse.Features.Inventory.Overlap;

/// <summary>
/// The "Geplante Maßnahme prüfen" form as query values (GET, so it works without script and can be linked):
/// titel, kommune (AGS), thema, zielgruppe, sprache (codes). Unknown values are errors, not silently dropped.
/// </summary>
public sealed record OverlapQuery(string Title, IReadOnlyList<string> MunicipalityCodes, IReadOnlyList<string> TopicCodes,
    IReadOnlyList<string> AudienceCodes, IReadOnlyList<string> LanguageCodes)
{
    public static OverlapQuery Read(IQueryCollection query) => new(
        FormText.Clean(query["titel"]) ?? "",
        Values(query["kommune"]), Values(query["thema"]), Values(query["zielgruppe"]), Values(query["sprache"]));

    /// <summary>The measure to check, or null with German messages keyed by the query names.</summary>
    public PlannedMeasure? Validate(ModelStateDictionary state, IStringLocalizer text, IReadOnlyDictionary<string, Guid> municipalitiesByCode, OverlapLabels labels)
    {
        if (Title.Length > 300)
            state.AddModelError("titel", text["Check.TitleTooLong"]);
        Check(state, text, "kommune", MunicipalityCodes, municipalitiesByCode.ContainsKey);
        Check(state, text, "thema", TopicCodes, labels.Topics.ContainsKey);
        if (TopicCodes.Count == 0)
            state.AddModelError("thema", text["Check.TopicRequired"]);
        Check(state, text, "zielgruppe", AudienceCodes, labels.Audiences.ContainsKey);
        Check(state, text, "sprache", LanguageCodes, labels.Languages.ContainsKey);
        if (state.ErrorCount > 0)
            return null;
        return new PlannedMeasure(Title.Length > 0 ? Title : text["Check.Untitled"], null,
            MunicipalityCodes.Select(c => municipalitiesByCode[c]).ToList(), TopicCodes, AudienceCodes, LanguageCodes);
    }

    private static void Check(ModelStateDictionary state, IStringLocalizer text, string key, IReadOnlyList<string> values, Func<string, bool> known)
    {
        if (values.Any(v => !known(v)))
            state.AddModelError(key, text[$"Check.Unknown.{key}"]);
    }

    private static List<string> Values(StringValues values) =>
        values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
