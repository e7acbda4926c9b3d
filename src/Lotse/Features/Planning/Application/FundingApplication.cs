using Lotse.Features.Planning.Council;

namespace Lotse.Features.Planning.Application;

/// <summary>The application for state funding of the KIZ (Förderantrag) and the parts it is made of.</summary>
public sealed class FundingApplication : Lotse.Data.IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public DateOnly? PlannedOn { get; set; }
    /// <summary>Darstellung der kommunalen Situation, Markdown.</summary>
    public string? SituationDescription { get; set; }
    /// <summary>Organisatorische Anbindung, Markdown.</summary>
    public string? OrganisationalAnchoring { get; set; }
    /// <summary>The Kreistag's decision the application rests on.</summary>
    public Guid? KreistagDecisionId { get; set; }
    public Session? KreistagDecision { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
