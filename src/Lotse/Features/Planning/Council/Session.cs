using Lotse.Features.Planning.Concept;

namespace Lotse.Features.Planning.Council;

public enum DecisionOutcome
{
    /// <summary>Not (yet) known from the papers.</summary>
    Open,
    Adopted,
    Rejected,
    Deferred,
    Noted,
}

/// <summary>
/// A committee's session treating a motion or submission under an agenda item (TOP), with the vote and the
/// decision; the decision links to what it decides (a concept version, measures, a funding application).
/// </summary>
public sealed class Session : Lotse.Data.IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Committee { get; set; }
    public DateOnly? HeldOn { get; set; }
    public string? AgendaItem { get; set; }
    public int? VotesYes { get; set; }
    public int? VotesNo { get; set; }
    public int? VotesAbstain { get; set; }
    /// <summary>Markdown.</summary>
    public string? DecisionText { get; set; }
    public DecisionOutcome Outcome { get; set; } = DecisionOutcome.Open;

    public Guid? MotionId { get; set; }
    public Motion? Motion { get; set; }
    public Guid? SubmissionId { get; set; }
    public Submission? Submission { get; set; }

    public Guid? ConceptVersionId { get; set; }
    public IntegrationConceptVersion? ConceptVersion { get; set; }
    public Guid? FundingApplicationId { get; set; }
    public Application.FundingApplication? FundingApplication { get; set; }
    public ICollection<Measure> Measures { get; set; } = new List<Measure>();

    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>"Kreistag, 12.12.2013, TOP 5" as a one-line label for choices.</summary>
    public string Label => string.Join(", ", new[]
    {
        Committee,
        HeldOn?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        AgendaItem is null ? null : "TOP " + AgendaItem,
    }.Where(p => p is not null));
}
