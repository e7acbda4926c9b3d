using Lotse.Features.Directory;

namespace Lotse.Features.Planning.Council;

/// <summary>A motion (Ratsantrag) filed by an organization (e.g. an integration council) or by someone named in free text.</summary>
public sealed class Motion : Lotse.Data.IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public Guid? FiledByOrganizationId { get; set; }
    public Organization? FiledByOrganization { get; set; }
    /// <summary>Who filed it when not an organization of the directory, e.g. "SPD-Fraktion im Rat der Stadt Troisdorf".</summary>
    public string? FiledByText { get; set; }
    public DateOnly? FiledOn { get; set; }
    /// <summary>Markdown.</summary>
    public string? Text { get; set; }
    /// <summary>Beratungsfolge: the committees in order, one per line.</summary>
    public string? CommitteeSequence { get; set; }
    public ICollection<Session> Sessions { get; set; } = new List<Session>();
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public string FiledBy => FiledByOrganization?.Name ?? FiledByText ?? "";
}
