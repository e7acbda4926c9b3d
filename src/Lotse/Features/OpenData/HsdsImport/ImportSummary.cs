using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>What an import created, changed and removed, per kind of entry (German names for the report).</summary>
public sealed class ImportSummary
{
    private static readonly (Type Type, string Label)[] Kinds =
    [
        (typeof(Offer), "Angebote"),
        (typeof(Organization), "Organisationen"),
        (typeof(Location), "Orte"),
        (typeof(Taxonomy), "Taxonomien"),
        (typeof(TaxonomyTerm), "Begriffe"),
        (typeof(Contact), "Kontakte"),
        (typeof(Schedule), "Öffnungszeiten"),
        (typeof(CostOption), "Kosten"),
    ];

    public Dictionary<string, (int Created, int Changed, int Removed)> ByKind { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows linking offers with terms, languages and places that were added or removed.</summary>
    public int LinksChanged { get; private set; }

    public bool IsEmpty => LinksChanged == 0 && ByKind.Values.All(v => v == (0, 0, 0));

    public static ImportSummary From(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var summary = new ImportSummary();
        var entries = tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var (type, label) in Kinds)
        {
            var of = entries.Where(e => e.Entity.GetType() == type).ToList();
            summary.ByKind[label] = (of.Count(e => e.State == EntityState.Added), of.Count(e => e.State == EntityState.Modified), of.Count(e => e.State == EntityState.Deleted));
        }
        summary.LinksChanged = entries.Count(e => e.Entity is Dictionary<string, object>);
        return summary;
    }

    public IEnumerable<string> Lines()
    {
        foreach (var (label, (created, changed, removed)) in ByKind)
            yield return $"{label}: {created} neu, {changed} geändert, {removed} entfernt";
        yield return $"Verknüpfungen (Themen, Sprachen, Orte): {LinksChanged} geändert";
    }
}
