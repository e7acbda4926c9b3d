namespace Lotse.Features.Inventory.Survey;

/// <summary>What a question asks for; decides the form field, the validation and the summary.</summary>
public enum SurveyQuestionKind
{
    YesNo,
    Text,
    Number,
    /// <summary>Positions for integration work (0,1 … 3); "not stated" is an answer.</summary>
    StaffShare,
    SingleChoice,
    MultipleChoice,
    /// <summary>Name and function of a person.</summary>
    Person,
}

/// <summary>One question of a template. The key is stable across templates, so rounds can be compared.</summary>
public sealed class SurveyQuestion
{
    public Guid Id { get; set; }
    public Guid TemplateId { get; set; }
    public int Position { get; set; }
    public required string Key { get; set; }
    public required string Text { get; set; }
    public string? Hint { get; set; }
    public SurveyQuestionKind Kind { get; set; }
    public bool Required { get; set; }
    /// <summary>Range for numbers and staff shares.</summary>
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    /// <summary>Choice questions: a free "Sonstiges" field.</summary>
    public bool AllowsOther { get; set; }
    /// <summary>Sentence of the county summary for yes/no and person questions: {0} count, {1} respondents.</summary>
    public string? SummaryText { get; set; }
    /// <summary>Why the question was added to the 2013 questions (e.g. the levy comparison).</summary>
    public string? AddedFor { get; set; }
    public List<SurveyOption> Options { get; set; } = [];
}

/// <summary>A choice of a choice question, optionally tied to a topic and an audience term (for the overlap analysis).</summary>
public sealed class SurveyOption
{
    public Guid Id { get; set; }
    public Guid QuestionId { get; set; }
    public int Position { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    /// <summary>Topic term code (taxonomy "topic").</summary>
    public string? TopicCode { get; set; }
    /// <summary>Audience term code (taxonomy "audience").</summary>
    public string? AudienceCode { get; set; }
}
