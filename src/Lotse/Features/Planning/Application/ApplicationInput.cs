using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.Application;

/// <summary>The posted fields of an application, as strings.</summary>
public sealed class ApplicationInput
{
    public string? Title { get; set; }
    public string? PlannedOn { get; set; }
    public string? SituationDescription { get; set; }
    public string? OrganisationalAnchoring { get; set; }
    public string? KreistagDecisionId { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static ApplicationInput From(FundingApplication a) => new()
    {
        Title = a.Title,
        PlannedOn = PlanningInput.Format(a.PlannedOn),
        SituationDescription = a.SituationDescription,
        OrganisationalAnchoring = a.OrganisationalAnchoring,
        KreistagDecisionId = a.KreistagDecisionId?.ToString(),
        ConcurrencyStamp = a.ConcurrencyStamp.ToString(),
    };

    /// <summary>Checks every field and applies them only when all are valid; returns the posted stamp or null.</summary>
    public Guid? ApplyTo(FundingApplication a, FormErrors errors, IEnumerable<Guid> decisions)
    {
        var title = errors.Text(nameof(Title), Title, 300, "Application.TitleRequired");
        var planned = PlanningInput.Date(errors, nameof(PlannedOn), PlannedOn);
        var situation = errors.Text(nameof(SituationDescription), SituationDescription, 50_000);
        var anchoring = errors.Text(nameof(OrganisationalAnchoring), OrganisationalAnchoring, 50_000);
        var decision = PlanningInput.Choice(errors, nameof(KreistagDecisionId), KreistagDecisionId, decisions);
        var stamp = errors.Stamp(ConcurrencyStamp);
        if (errors.Any || stamp is null)
            return null;
        a.Title = title!;
        a.PlannedOn = planned;
        a.SituationDescription = situation;
        a.OrganisationalAnchoring = anchoring;
        a.KreistagDecisionId = decision;
        return stamp;
    }
}
