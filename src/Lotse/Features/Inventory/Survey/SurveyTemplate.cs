namespace Lotse.Features.Inventory.Survey;

/// <summary>A questionnaire of the inventory survey (Fragebogen): ordered questions. Frozen once a round uses it.</summary>
public sealed class SurveyTemplate
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The template this one was copied from, for the next round.</summary>
    public Guid? CopiedFromId { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}
