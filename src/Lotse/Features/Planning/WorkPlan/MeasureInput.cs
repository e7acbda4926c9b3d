using System.Globalization;
using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>One indicator row of the form; rows marked for removal or left empty are not saved.</summary>
public sealed class IndicatorInput
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Target { get; set; }
    public string? Actual { get; set; }
    public bool Remove { get; set; }

    public bool IsEmpty => FormText.Clean(Name) is null && FormText.Clean(Unit) is null && FormText.Clean(Target) is null && FormText.Clean(Actual) is null;
}

/// <summary>
/// The measure form as posted: every field a string (or list of strings), converted in <see cref="Validate"/> so a
/// malformed value gets a German message instead of the model binder's.
/// </summary>
public sealed class MeasureInput
{
    public const int BlankIndicatorRows = 1;
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public string? Title { get; set; }
    public string? Goal { get; set; }
    public string? FocusArea { get; set; }
    public string? Stage { get; set; }
    public string? Field { get; set; }
    public string? PeriodStartYear { get; set; }
    public string? Status { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? Budget { get; set; }
    public string? ResponsibleId { get; set; }
    public List<string> TopicIds { get; set; } = [];
    public List<string> AudienceIds { get; set; } = [];
    public List<string> MunicipalityIds { get; set; } = [];
    public List<string> LanguageIds { get; set; } = [];
    public List<string> PartnerIds { get; set; } = [];
    public List<IndicatorInput> Indicators { get; set; } = [];
    public string? ProgrammeTemplate { get; set; }
    public string? ConcurrencyStamp { get; set; }

    /// <summary>The checked values, valid or not, so a re-rendered form keeps what the user chose.</summary>
    public bool Has(List<string> values, string value) => values.Contains(value, StringComparer.OrdinalIgnoreCase);

    public static MeasureInput From(Measure m) => new()
    {
        Title = m.Title,
        Goal = m.Goal,
        FocusArea = m.FocusArea.ToString(),
        Stage = m.EducationChainStage?.ToString(),
        Field = m.CrossCuttingField,
        PeriodStartYear = m.CrossCuttingPeriodStartYear?.ToString(CultureInfo.InvariantCulture),
        Status = m.Status.ToString(),
        StartsOn = m.StartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndsOn = m.EndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Budget = m.Budget?.ToString("0.##", German),
        ResponsibleId = m.ResponsibleOrganizationId?.ToString(),
        TopicIds = m.Terms.Where(t => t.Taxonomy?.Code == Directory.TaxonomyCodes.Topic).Select(t => t.Id.ToString()).ToList(),
        AudienceIds = m.Terms.Where(t => t.Taxonomy?.Code == Directory.TaxonomyCodes.Audience).Select(t => t.Id.ToString()).ToList(),
        MunicipalityIds = m.Municipalities.Select(x => x.Id.ToString()).ToList(),
        LanguageIds = m.Languages.Select(x => x.Id.ToString()).ToList(),
        PartnerIds = m.Partners.Select(x => x.Id.ToString()).ToList(),
        Indicators = m.Indicators.OrderBy(i => i.SortOrder).Select(i => new IndicatorInput
        {
            Name = i.Name,
            Unit = i.Unit,
            Target = i.Target?.ToString("0.##", German),
            Actual = i.Actual?.ToString("0.##", German),
        }).ToList(),
        ProgrammeTemplate = m.ProgrammeTemplate,
        ConcurrencyStamp = m.ConcurrencyStamp.ToString(),
    };

    /// <summary>A new measure's form filled from a programme template; the term ids are looked up by code.</summary>
    public static MeasureInput From(ProgrammeTemplate t, Func<string, string, string?> termId) => new()
    {
        Title = t.Title,
        Goal = t.Goal,
        FocusArea = t.FocusArea.ToString(),
        Stage = t.Stage?.ToString(),
        Status = MeasureStatus.Planned.ToString(),
        TopicIds = t.TopicCodes.Select(c => termId(Directory.TaxonomyCodes.Topic, c)).OfType<string>().ToList(),
        AudienceIds = t.AudienceCodes.Select(c => termId(Directory.TaxonomyCodes.Audience, c)).OfType<string>().ToList(),
        Indicators = t.Indicators.Select(i => new IndicatorInput { Name = i.Name, Unit = i.Unit }).ToList(),
        ProgrammeTemplate = t.Key,
    };

    /// <summary>The checked values, or null with messages in <paramref name="errors"/>.</summary>
    public MeasureValues? Validate(FormErrors errors, MeasureChoices choices)
    {
        var title = errors.Text(nameof(Title), Title, 300, "Validation.TitleRequired");
        var goal = errors.Text(nameof(Goal), Goal, 10_000);
        var focus = Parse<FocusArea>(errors, nameof(FocusArea), FocusArea, "Validation.FocusAreaRequired");
        var stage = Parse<EducationChainStage>(errors, nameof(Stage), Stage, null);
        var field = errors.Text(nameof(Field), Field, 200);
        var year = Year(errors);
        var status = Parse<MeasureStatus>(errors, nameof(Status), Status, "Validation.StatusRequired");
        if (focus == Planning.FocusArea.Education)
        {
            if (stage is null && FormText.Clean(Stage) is null)
                errors.Add(nameof(Stage), "Validation.StageRequired");
            if (field is not null)
                errors.Add(nameof(Field), "Validation.FieldOnlyCrossCutting");
            if (FormText.Clean(PeriodStartYear) is not null)
                errors.Add(nameof(PeriodStartYear), "Validation.FieldOnlyCrossCutting");
        }
        else if (focus == Planning.FocusArea.CrossCutting)
        {
            if (FormText.Clean(Stage) is not null)
                errors.Add(nameof(Stage), "Validation.StageOnlyEducation");
            if (field is null && FormText.Clean(Field) is null)
                errors.Add(nameof(Field), "Validation.FieldRequired");
            if (year is null && FormText.Clean(PeriodStartYear) is null)
                errors.Add(nameof(PeriodStartYear), "Validation.YearRequired");
        }
        var startsOn = Date(errors, nameof(StartsOn), StartsOn);
        var endsOn = Date(errors, nameof(EndsOn), EndsOn);
        if (startsOn is not null && endsOn is not null && endsOn < startsOn)
            errors.Add(nameof(EndsOn), "Validation.EndBeforeStart");
        var budget = Number(errors, nameof(Budget), Budget);
        if (budget < 0)
            errors.Add(nameof(Budget), "Validation.BudgetNegative");
        var responsible = errors.Id(nameof(ResponsibleId), ResponsibleId);
        if (responsible is { } r && !MeasureChoices.Contains(choices.Organizations, r))
            errors.Add(nameof(ResponsibleId), "Validation.Choice");
        var topics = Ids(errors, nameof(TopicIds), TopicIds, choices.Topics);
        var audiences = Ids(errors, nameof(AudienceIds), AudienceIds, choices.Audiences);
        var municipalities = Ids(errors, nameof(MunicipalityIds), MunicipalityIds, choices.Municipalities);
        var languages = Ids(errors, nameof(LanguageIds), LanguageIds, choices.Languages);
        var partners = Ids(errors, nameof(PartnerIds), PartnerIds, choices.Organizations);
        var indicators = ValidIndicators(errors);
        var template = errors.Text(nameof(ProgrammeTemplate), ProgrammeTemplate, 50);

        if (errors.Any || title is null || focus is null || status is null)
            return null;
        return new MeasureValues(title, goal, focus.Value,
            focus == Planning.FocusArea.Education ? stage : null,
            focus == Planning.FocusArea.CrossCutting ? field : null,
            focus == Planning.FocusArea.CrossCutting ? year : null,
            status.Value, startsOn, endsOn, budget, responsible,
            [.. topics, .. audiences], municipalities, languages, partners, indicators, template);
    }

    private List<MeasureIndicatorValues> ValidIndicators(FormErrors errors)
    {
        var result = new List<MeasureIndicatorValues>();
        for (var i = 0; i < Indicators.Count; i++)
        {
            var row = Indicators[i];
            if (row.Remove || row.IsEmpty)
                continue;
            var prefix = $"Indicators[{i}].";
            var name = errors.Text(prefix + nameof(IndicatorInput.Name), row.Name, 200, "Validation.IndicatorNameRequired");
            var unit = errors.Text(prefix + nameof(IndicatorInput.Unit), row.Unit, 50);
            var target = Number(errors, prefix + nameof(IndicatorInput.Target), row.Target);
            var actual = Number(errors, prefix + nameof(IndicatorInput.Actual), row.Actual);
            if (name is not null)
                result.Add(new(name, unit, target, actual));
        }
        return result;
    }

    private static T? Parse<T>(FormErrors errors, string field, string? value, string? requiredKey) where T : struct, Enum
    {
        var clean = FormText.Clean(value);
        if (clean is null)
        {
            if (requiredKey is not null)
                errors.Add(field, requiredKey);
            return null;
        }
        if (Enum.TryParse<T>(clean, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(clean[0]))
            return parsed;
        errors.Add(field, "Validation.Choice");
        return null;
    }

    private int? Year(FormErrors errors)
    {
        var clean = FormText.Clean(PeriodStartYear);
        if (clean is null)
            return null;
        if (int.TryParse(clean, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            return year;
        errors.Add(nameof(PeriodStartYear), "Validation.Year");
        return null;
    }

    private static DateOnly? Date(FormErrors errors, string field, string? value)
    {
        var clean = FormText.Clean(value);
        if (clean is null)
            return null;
        if (DateOnly.TryParseExact(clean, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(clean, "d.M.yyyy", German, DateTimeStyles.None, out date))
            return date;
        errors.Add(field, "Validation.Date");
        return null;
    }

    /// <summary>German notation ("1.500,50"); a lone point with up to two decimals is read as decimal point too.</summary>
    private static decimal? Number(FormErrors errors, string field, string? value)
    {
        var clean = FormText.Clean(value)?.Replace("€", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(clean))
            return null;
        if (!clean.Contains(',', StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(clean, @"^-?\d+\.\d{1,2}$"))
            clean = clean.Replace('.', ',');
        if (decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, German, out var number)
            && Math.Abs(number) < 10_000_000_000m)
            return number;
        errors.Add(field, "Validation.Number");
        return null;
    }

    private static List<Guid> Ids(FormErrors errors, string field, List<string> values, IReadOnlyList<SelectOption> options)
    {
        var ids = new List<Guid>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
        {
            if (Guid.TryParse(value, out var id) && MeasureChoices.Contains(options, id))
                ids.Add(id);
            else
            {
                errors.Add(field, "Validation.Choice");
                break;
            }
        }
        return ids;
    }
}
