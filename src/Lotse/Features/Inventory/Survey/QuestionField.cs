namespace Lotse.Features.Inventory.Survey;

/// <summary>A question with its current answer, for the form partial.</summary>
public sealed record QuestionField(SurveyQuestion Question, SurveyAnswer? Answer);
