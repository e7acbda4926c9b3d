namespace Lotse.Data;

/// <summary>
/// One row per changed entity, written in the same transaction as the change. Every web node
/// follows this sequence to keep its own search index current.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Sequence { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public DateTime ChangedAt { get; set; }
}
