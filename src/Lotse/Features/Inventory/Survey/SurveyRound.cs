namespace Lotse.Features.Inventory.Survey;

/// <summary>One asking of a template to all municipalities (Abfrage), with a due date; closed rounds take no answers.</summary>
public sealed class SurveyRound
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid TemplateId { get; set; }
    public SurveyTemplate? Template { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>Reconstructed demo answers, shown with a "Beispiel" badge.</summary>
    public bool IsExample { get; set; }
    public List<SurveyResponse> Responses { get; set; } = [];

    public bool IsClosed => ClosedAt is not null;
}
