using System.Globalization;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Translations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lotse.Features.Editorial.History;

/// <summary>
/// Turns the pending changes of a DbContext into audit rows (one per changed field), before they are
/// saved, so that the original values are still known.
/// </summary>
public static class AuditRecorder
{
    /// <summary>Renewed or bumped on every save: noise in a log of what people changed.</summary>
    private static readonly HashSet<string> SkippedProperties = ["ConcurrencyStamp", "LastModified", "CreatedAt"];

    /// <summary>The offer's many-to-many join tables: the field name and the key of the linked entity.</summary>
    private static readonly Dictionary<string, (string Field, string Key)> Links = new(StringComparer.Ordinal)
    {
        ["OfferTerms"] = ("Terms", "TermId"),
        ["OfferLanguages"] = ("Languages", "LanguageId"),
        ["OfferLocations"] = ("Locations", "LocationId"),
    };

    public static bool IsAudited(object entity) => entity is Offer or Organization or Location or Contact or Schedule
        or CostOption or Taxonomy or TaxonomyTerm or Municipality or Language or OfferTranslation
        || IsWorkbenchEntity(entity.GetType());

    private static readonly string[] WorkbenchNamespaces =
        ["Lotse.Features.Network", "Lotse.Features.Inventory", "Lotse.Features.Planning", "Lotse.Features.Finance", "Lotse.Features.Overview"];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> WorkbenchTypes = new();

    // The KIZ workbench (network, survey, concept, work plan, costs, controlling, NRW overview) is audited like the
    // directory: every entity there with a Guid key.
    private static bool IsWorkbenchEntity(Type type) => WorkbenchTypes.GetOrAdd(type, t =>
        t.GetProperty("Id")?.PropertyType == typeof(Guid)
        && WorkbenchNamespaces.Any(n => t.Namespace?.StartsWith(n, StringComparison.Ordinal) == true));

    /// <summary>Audit rows for the added, modified and deleted entries among <paramref name="entries"/>.</summary>
    /// <param name="createdFields">False: one row without field for a created entity instead of one per field.</param>
    public static List<AuditEntry> Record(IReadOnlyList<EntityEntry> entries, ICurrentActor? actor, DateTime now, bool createdFields = true)
    {
        var rows = new List<AuditEntry>();
        Dictionary<Guid, string>? labels = null;
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.Entity is Dictionary<string, object> join && Links.TryGetValue(entry.Metadata.Name, out var link))
            {
                if (entry.State == EntityState.Added && !createdFields)
                    continue;
                labels ??= Labels(entries);
                AddLinkRow(rows, join, link, entry.State, labels, actor, now);
            }
            else if (entry.State == EntityState.Added && !createdFields && IsAudited(entry.Entity))
            {
                rows.Add(Row(actor, now, entry.Metadata.ClrType.Name, (Guid)entry.Property("Id").CurrentValue!, OfferIdOf(entry.Entity),
                    AuditAction.Created, null, null, null));
            }
            else if (IsAudited(entry.Entity))
            {
                AddFieldRows(rows, entry, actor, now);
            }
        }
        return rows;
    }

    private static void AddFieldRows(List<AuditEntry> rows, EntityEntry entry, ICurrentActor? actor, DateTime now)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        var entityId = (Guid)entry.Property("Id").CurrentValue!;
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() || SkippedProperties.Contains(property.Metadata.Name))
                continue;
            string? oldValue = null, newValue = null;
            switch (action)
            {
                case AuditAction.Created:
                    if (IsEmpty(property.CurrentValue))
                        continue;
                    newValue = Format(property.CurrentValue);
                    break;
                case AuditAction.Deleted:
                    if (IsEmpty(property.OriginalValue))
                        continue;
                    oldValue = Format(property.OriginalValue);
                    break;
                default:
                    if (!property.IsModified)
                        continue;
                    oldValue = Format(property.OriginalValue);
                    newValue = Format(property.CurrentValue);
                    if (oldValue == newValue)
                        continue;
                    break;
            }
            rows.Add(Row(actor, now, entry.Metadata.ClrType.Name, entityId, OfferIdOf(entry.Entity), action, property.Metadata.Name, oldValue, newValue));
        }
    }

    private static void AddLinkRow(List<AuditEntry> rows, Dictionary<string, object> join, (string Field, string Key) link,
        EntityState state, Dictionary<Guid, string> labels, ICurrentActor? actor, DateTime now)
    {
        if (!join.TryGetValue("OfferId", out var offer) || offer is not Guid offerId || !join.TryGetValue(link.Key, out var other) || other is not Guid otherId)
            return;
        var value = labels.TryGetValue(otherId, out var label) ? label : Format(otherId);
        var added = state == EntityState.Added;
        rows.Add(Row(actor, now, nameof(Offer), offerId, offerId, AuditAction.Updated, link.Field, added ? null : value, added ? value : null));
    }

    /// <summary>Names of the terms, languages and locations the context already tracks; others stay ids (no extra query).</summary>
    private static Dictionary<Guid, string> Labels(IReadOnlyList<EntityEntry> entries)
    {
        var labels = new Dictionary<Guid, string>();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case TaxonomyTerm t: labels[t.Id] = t.Label; break;
                case Language l: labels[l.Id] = l.Name; break;
                case Location l: labels[l.Id] = l.Name; break;
            }
        }
        return labels;
    }

    private static Guid? OfferIdOf(object entity) => entity switch
    {
        Offer o => o.Id,
        Contact c => c.OfferId,
        Schedule s => s.OfferId,
        CostOption c => c.OfferId,
        OfferTranslation t => t.OfferId,
        _ => null,
    };

    private static AuditEntry Row(ICurrentActor? actor, DateTime now, string entityType, Guid entityId, Guid? offerId,
        AuditAction action, string? field, string? oldValue, string? newValue) => new()
    {
        Id = Guid.NewGuid(),
        At = now,
        ActorId = actor?.ActorId,
        ActorName = actor?.ActorName ?? ActorSources.System,
        Source = actor?.Source ?? ActorSources.System,
        EntityType = entityType,
        EntityId = entityId,
        OfferId = offerId,
        Action = action,
        Field = field,
        OldValue = oldValue,
        NewValue = newValue,
    };

    /// <summary>A created or deleted entity's field without value (null, false, 0, empty) is not worth a row.</summary>
    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        int i => i == 0,
        Guid g => g == Guid.Empty,
        _ => false,
    };

    /// <summary>Culture-independent text of a property value.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString(t.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
