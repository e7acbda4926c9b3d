using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Freshness;
using Lotse.Features.Editorial.Revisions;
using Lotse.Features.Editorial.Suggestions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lotse.Data;

/// <summary>
/// The unit of work of the app, on SQLite (this type, migrations in Data/Migrations/Sqlite) or on
/// PostgreSQL (<see cref="PostgresLotseDbContext"/>, migrations in Data/Migrations/Postgres).
/// </summary>
public class LotseDbContext : IdentityDbContext<LotseUser, IdentityRole<Guid>, Guid>
{
    private readonly TimeProvider _clock;

    public LotseDbContext(DbContextOptions<LotseDbContext> options, TimeProvider? clock = null)
        : this((DbContextOptions)options, clock)
    {
    }

    /// <summary>For the provider-specific subtypes, which EF Core needs for their own migration sets.</summary>
    protected LotseDbContext(DbContextOptions options, TimeProvider? clock)
        : base(options) => _clock = clock ?? TimeProvider.System;

    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<CostOption> CostOptions => Set<CostOption>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<UserMunicipality> UserMunicipalities => Set<UserMunicipality>();
    public DbSet<UserOrganization> UserOrganizations => Set<UserOrganization>();
    public DbSet<ConfirmationToken> ConfirmationTokens => Set<ConfirmationToken>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<OfferRevision> OfferRevisions => Set<OfferRevision>();
    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The Identity tables (AspNetUsers, AspNetRoles, …) first, then ours.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LotseDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The change-log rows are added to the same SaveChanges, so they commit or roll back with the change.
    private void RecordChanges()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var changed = new HashSet<(string, Guid)>();
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.Entity is ChangeLogEntry)
                continue;
            if (entry.Entity is IConcurrencyStamped stamped && entry.State is EntityState.Added or EntityState.Modified)
                stamped.ConcurrencyStamp = Guid.NewGuid();
            foreach (var key in ChangedKeys(entry))
                changed.Add(key);
        }
        foreach (var (type, id) in changed)
            ChangeLog.Add(new ChangeLogEntry { EntityType = type, EntityId = id, ChangedAt = now });
    }

    private static IEnumerable<(string Type, Guid Id)> ChangedKeys(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Offer o: yield return (nameof(Offer), o.Id); break;
            case Contact c: yield return (nameof(Offer), c.OfferId); break;
            case Schedule s: yield return (nameof(Offer), s.OfferId); break;
            case CostOption c: yield return (nameof(Offer), c.OfferId); break;
            case Organization o: yield return (nameof(Organization), o.Id); break;
            case Location l: yield return (nameof(Location), l.Id); break;
            case TaxonomyTerm t: yield return (nameof(TaxonomyTerm), t.Id); break;
            case Municipality m: yield return (nameof(Municipality), m.Id); break;
            case Language l: yield return (nameof(Language), l.Id); break;
            case Dictionary<string, object> join when join.TryGetValue("OfferId", out var offerId) && offerId is Guid g:
                // many-to-many rows (offer ↔ term, language, location) change the offer.
                yield return (nameof(Offer), g);
                break;
        }
    }
}
