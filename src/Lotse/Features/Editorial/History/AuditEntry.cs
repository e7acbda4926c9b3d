namespace Lotse.Features.Editorial.History;

/// <summary>
/// One changed field of one directory entity (HSDS: metadata), written in the same transaction as the
/// change. Created and deleted entities get one row per field that holds a value.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Source { get; set; }
    /// <summary>The entity's type name, e.g. "Offer", "Contact".</summary>
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    /// <summary>The offer the entity belongs to (the offer itself, its contacts, schedules, …): the scope of the row.</summary>
    public Guid? OfferId { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>The property name; "Terms", "Languages", "Locations" for the offer's many-to-many links.</summary>
    public string? Field { get; set; }
    /// <summary>Invariant text; null when the field was empty.</summary>
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    /// <summary>A person's data was exported on request (GDPR Art. 15).</summary>
    Exported,
    /// <summary>A person's data was deleted on request (GDPR Art. 17).</summary>
    Erased,
}
