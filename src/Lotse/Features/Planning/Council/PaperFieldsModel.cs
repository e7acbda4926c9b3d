namespace Lotse.Features.Planning.Council;

/// <summary>The motion fields as <c>_MotionFields.cshtml</c> renders them, under a form prefix ("NewMotion" or "Input").</summary>
public sealed record MotionFieldsModel(string Prefix, MotionInput Input, CouncilChoices Choices);

/// <summary>The submission fields as <c>_SubmissionFields.cshtml</c> renders them, under a form prefix ("NewSubmission" or "Input").</summary>
public sealed record SubmissionFieldsModel(string Prefix, SubmissionInput Input, CouncilChoices Choices);
