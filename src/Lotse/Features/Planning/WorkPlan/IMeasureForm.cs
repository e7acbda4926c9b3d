namespace Lotse.Features.Planning.WorkPlan;

/// <summary>What the shared measure form (<c>_MeasureFields.cshtml</c>) needs from its page.</summary>
public interface IMeasureForm
{
    MeasureInput Input { get; }
    MeasureChoices Choices { get; }
}
