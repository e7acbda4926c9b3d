namespace Lotse.Features.Planning.Council;

/// <summary>A submission (Vorlage) of an administration with its document number (DS-Nr.), possibly answering a motion.</summary>
public sealed class Submission : Lotse.Data.IConcurrencyStamped
{
    public Guid Id { get; set; }
    /// <summary>E.g. "2013/728"; empty when the paper gives none.</summary>
    public string? DocumentNumber { get; set; }
    public required string Title { get; set; }
    /// <summary>The issuing administration, e.g. "Stadt Troisdorf, Der Bürgermeister".</summary>
    public string? IssuedBy { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public Guid? MotionId { get; set; }
    public Motion? Motion { get; set; }
    /// <summary>Beschlussentwurf, Markdown.</summary>
    public string? DraftDecision { get; set; }
    /// <summary>Sachdarstellung, Markdown.</summary>
    public string? Text { get; set; }
    /// <summary>Beratungsfolge: the committees in order, one per line.</summary>
    public string? CommitteeSequence { get; set; }
    public ICollection<Session> Sessions { get; set; } = new List<Session>();
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
