namespace Lotse.Features.Planning.Council;

/// <summary>The session fields as <c>_SessionFields.cshtml</c> renders them, under a form prefix ("NewSession" or "Input").</summary>
public sealed record SessionFieldsModel(string Prefix, SessionInput Input, CouncilChoices Choices);
