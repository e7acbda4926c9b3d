using Lotse.Data;

namespace Lotse.Features.Planning.Concept;

/// <summary>One version of the integration concept (Integrationskonzept): its adoption and its document.</summary>
public sealed class IntegrationConceptVersion : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    /// <summary>The body that adopted it, e.g. "Kreistag".</summary>
    public string? AdoptedBy { get; set; }
    /// <summary>Empty until adopted; only adopted versions can be in force.</summary>
    public DateOnly? AdoptedOn { get; set; }
    /// <summary>Set explicitly when known: the first step of the process that led to this version (see ParticipationFromStart).</summary>
    public DateOnly? ProcessStartedOn { get; set; }
    /// <summary>Fields of action (Handlungsfelder), one per line.</summary>
    public string? FieldsOfAction { get; set; }
    /// <summary>Free remarks, e.g. what the source says about publication.</summary>
    public string? Note { get; set; }

    /// <summary>The uploaded document: original name for the download, stored file name under the data folder.</summary>
    public string? DocumentFileName { get; set; }
    public string? DocumentStoredName { get; set; }
    public string? DocumentContentType { get; set; }
    public long? DocumentSize { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public IReadOnlyList<string> FieldList =>
        (FieldsOfAction ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
