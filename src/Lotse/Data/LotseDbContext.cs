using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Freshness;
using Lotse.Features.Editorial.Revisions;
using Lotse.Features.Editorial.Suggestions;
using Lotse.Features.Editorial.History;
using Lotse.Features.Editorial.Translations;
using Lotse.Features.Finance.Controlling;
using Lotse.Features.Finance.Levy;
using Lotse.Features.Overview.Nrw;
using Lotse.Features.Finance.Costs;
using Lotse.Features.Network.Relations;
using Lotse.Features.Network.WorkingGroups;
using Lotse.Features.Inventory.Survey;
using Lotse.Features.Planning;
using Lotse.Features.Portal.Accessibility;
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
    private readonly ICurrentActor? _actor;

    /// <param name="actor">Who changes data, for the audit log and the versions; without one (design time, tests) "System".</param>
    public LotseDbContext(DbContextOptions<LotseDbContext> options, TimeProvider? clock = null, ICurrentActor? actor = null)
        : this((DbContextOptions)options, clock, actor)
    {
    }

    /// <summary>For the provider-specific subtypes, which EF Core needs for their own migration sets.</summary>
    protected LotseDbContext(DbContextOptions options, TimeProvider? clock, ICurrentActor? actor)
        : base(options)
    {
        _clock = clock ?? TimeProvider.System;
        _actor = actor;
    }

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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// True (default): a created entity gets an audit row per field with a value. False: one row per
    /// created entity, for bulk loads such as the initial seed, where per-field rows would triple its cost.
    /// </summary>
    public bool AuditCreatedFields { get; set; } = true;
    public DbSet<OfferVersion> OfferVersions => Set<OfferVersion>();
    public DbSet<AccessibilityFeedback> AccessibilityFeedback => Set<AccessibilityFeedback>();
    public DbSet<OfferTranslation> OfferTranslations => Set<OfferTranslation>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureIndicator> MeasureIndicators => Set<MeasureIndicator>();
    // County levy, funding controlling, NRW overview (P10–P12).
    public DbSet<LevyBase> LevyBases => Set<LevyBase>();
    public DbSet<FundingPeriod> FundingPeriods => Set<FundingPeriod>();
    public DbSet<FundingBudget> FundingBudgets => Set<FundingBudget>();
    public DbSet<FundedPosition> FundedPositions => Set<FundedPosition>();
    public DbSet<PositionOccupancy> PositionOccupancies => Set<PositionOccupancy>();
    public DbSet<ControllingAmount> ControllingAmounts => Set<ControllingAmount>();
    public DbSet<NrwEntry> NrwEntries => Set<NrwEntry>();
    public DbSet<NrwStatusChange> NrwStatusChanges => Set<NrwStatusChange>();
    // Concept, council decisions, participation, funding application (Features/Planning).
    public DbSet<Features.Planning.Concept.IntegrationConceptVersion> ConceptVersions => Set<Features.Planning.Concept.IntegrationConceptVersion>();
    public DbSet<Features.Planning.Council.Motion> Motions => Set<Features.Planning.Council.Motion>();
    public DbSet<Features.Planning.Council.Submission> Submissions => Set<Features.Planning.Council.Submission>();
    public DbSet<Features.Planning.Council.Session> CouncilSessions => Set<Features.Planning.Council.Session>();
    public DbSet<Features.Planning.Participation.ParticipationEntry> ParticipationEntries => Set<Features.Planning.Participation.ParticipationEntry>();
    public DbSet<Features.Planning.Application.FundingApplication> FundingApplications => Set<Features.Planning.Application.FundingApplication>();
    public DbSet<CostRateTable> CostRateTables => Set<CostRateTable>();
    public DbSet<FundingRuleSet> FundingRuleSets => Set<FundingRuleSet>();
    public DbSet<CostScenario> CostScenarios => Set<CostScenario>();
    public DbSet<ActorRelation> ActorRelations => Set<ActorRelation>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<SurveyTemplate> SurveyTemplates => Set<SurveyTemplate>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyOption> SurveyOptions => Set<SurveyOption>();
    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<Lotse.Features.Accounts.Sessions.SignInSession> SignInSessions => Set<Lotse.Features.Accounts.Sessions.SignInSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The Identity tables (AspNetUsers, AspNetRoles, …) first, then ours.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LotseDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    // Every save writes its change-log and audit rows with the change, and a version of each offer whose
    // content changed. The versions need the saved state (ids, join rows), hence a second save in one transaction.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = RecordChanges();
        try
        {
            if (pending.OfferIds.Count == 0 || !acceptAllChangesOnSuccess)
                return base.SaveChanges(acceptAllChangesOnSuccess);
            using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            var count = base.SaveChanges(true);
            OfferVersionWriter.AddVersions(this, pending.OfferIds, pending.AllOffersNew, _actor, pending.At);
            count += base.SaveChanges(true);
            transaction?.Commit();
            return count;
        }
        catch
        {
            pending.Discard(this);
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = RecordChanges();
        try
        {
            if (pending.OfferIds.Count == 0 || !acceptAllChangesOnSuccess)
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            var count = await base.SaveChangesAsync(true, cancellationToken);
            await OfferVersionWriter.AddVersionsAsync(this, pending.OfferIds, pending.AllOffersNew, _actor, pending.At, cancellationToken);
            count += await base.SaveChangesAsync(true, cancellationToken);
            if (transaction is not null)
                await transaction.CommitAsync(cancellationToken);
            return count;
        }
        catch
        {
            pending.Discard(this);
            throw;
        }
    }

    /// <summary>What one save added on top of the caller's changes; taken back if the save fails, so a retry does not write it twice.</summary>
    private sealed record PendingRecords(DateTime At, List<object> Added, List<Guid> OfferIds, bool AllOffersNew)
    {
        public void Discard(LotseDbContext db)
        {
            foreach (var row in Added)
                db.Entry(row).State = EntityState.Detached;
            foreach (var version in db.ChangeTracker.Entries<OfferVersion>().Where(e => e.State == EntityState.Added).ToList())
                version.State = EntityState.Detached;
        }
    }

    // The change-log and audit rows are added to the same SaveChanges, so they commit or roll back with the change.
    private PendingRecords RecordChanges()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var changed = new HashSet<(string, Guid)>();
        var newOffers = new HashSet<Guid>();
        var entries = ChangeTracker.Entries().ToList();
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            if (entry.Entity is ChangeLogEntry or AuditEntry or OfferVersion)
                continue;
            if (entry.Entity is IConcurrencyStamped stamped && entry.State is EntityState.Added or EntityState.Modified)
                stamped.ConcurrencyStamp = Guid.NewGuid();
            if (entry.Entity is Offer { } added && entry.State == EntityState.Added)
                newOffers.Add(added.Id);
            foreach (var key in ChangedKeys(entry))
                changed.Add(key);
        }
        var rows = new List<object>();
        foreach (var (type, id) in changed)
        {
            var row = new ChangeLogEntry { EntityType = type, EntityId = id, ChangedAt = now };
            ChangeLog.Add(row);
            rows.Add(row);
        }
        foreach (var audit in AuditRecorder.Record(entries, _actor, now, AuditCreatedFields))
        {
            AuditEntries.Add(audit);
            rows.Add(audit);
        }
        var offerIds = changed.Where(c => c.Item1 == nameof(Offer)).Select(c => c.Item2).ToList();
        return new PendingRecords(now, rows, offerIds, offerIds.All(newOffers.Contains));
    }

    private static IEnumerable<(string Type, Guid Id)> ChangedKeys(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Offer o: yield return (nameof(Offer), o.Id); break;
            case Contact { OfferId: { } contactOfferId }: yield return (nameof(Offer), contactOfferId); break;
            case Schedule s: yield return (nameof(Offer), s.OfferId); break;
            case CostOption c: yield return (nameof(Offer), c.OfferId); break;
            // A translation is part of its offer's index document (searched, shown in results).
            case OfferTranslation t: yield return (nameof(Offer), t.OfferId); break;
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
