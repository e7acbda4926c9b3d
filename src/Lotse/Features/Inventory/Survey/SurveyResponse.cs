using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Inventory.Survey;

public enum SurveyResponseStatus
{
    NotStarted,
    Draft,
    Submitted,
}

/// <summary>The answer set of one municipality in one round; a draft until submitted, then read-only unless reopened.</summary>
public sealed class SurveyResponse : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid RoundId { get; set; }
    public SurveyRound? Round { get; set; }
    public Guid MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public SurveyResponseStatus Status { get; set; }
    /// <summary>The answers by question key (<see cref="SurveyAnswers"/>).</summary>
    public string AnswersJson { get; set; } = "{}";
    public DateTime? LastSavedAt { get; set; }
    public string? LastSavedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? LastRemindedAt { get; set; }
    public bool IsExample { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
