using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.PersonalData;

/// <summary>
/// Everything stored about one contact person (GDPR Art. 15) and its deletion (Art. 17). A person is
/// found from one of their contact rows: all rows with the same e-mail address, or, without address, the same name.
/// </summary>
public static class PersonRecords
{
    public const string Redacted = "[gelöscht auf Anfrage]";

    public sealed record ContactRecord(Guid Id, string Name, string? Title, string? Department, string? Email, string? Phone,
        DateOnly? ConsentGivenOn, string? ConsentScope, Guid? OfferId, string OfferName, string OrganizationName);

    public sealed record AuditRecord(DateTime At, string ActorName, string Source, Guid ContactId, string Action, string? Field,
        string? OldValue, string? NewValue);

    public sealed record Report(string Name, string? Email, IReadOnlyList<ContactRecord> Contacts, IReadOnlyList<AuditRecord> Audit);

    /// <summary>The contact rows of the person of <paramref name="contactId"/>, tracked (for the deletion); empty when there is none.</summary>
    public static async Task<List<Contact>> ContactsAsync(LotseDbContext db, Guid contactId, CancellationToken cancellationToken)
    {
        var anchor = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (anchor is null)
            return [];
        if (!string.IsNullOrWhiteSpace(anchor.Email))
        {
            var email = anchor.Email.Trim().ToLower();
            return await db.Contacts.Where(c => c.Email != null && c.Email.Trim().ToLower() == email).ToListAsync(cancellationToken);
        }
        var name = anchor.Name.Trim().ToLower();
        return await db.Contacts.Where(c => (c.Email == null || c.Email == "") && c.Name.Trim().ToLower() == name).ToListAsync(cancellationToken);
    }

    public static async Task<Report?> ReportAsync(LotseDbContext db, Guid contactId, CancellationToken cancellationToken)
    {
        var contacts = await ContactsAsync(db, contactId, cancellationToken);
        if (contacts.Count == 0)
            return null;
        var ids = contacts.Select(c => c.Id).ToList();
        var offerIds = contacts.Where(c => c.OfferId != null).Select(c => c.OfferId!.Value).Distinct().ToList();
        // Contacts of network actors hang on an organization, not on an offer.
        var organizationIds = contacts.Where(c => c.OrganizationId != null).Select(c => c.OrganizationId!.Value).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, Organization = o.Organization.Name }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Contact) && ids.Contains(a.EntityId))
            .OrderBy(a => a.At).ThenBy(a => a.Field)
            .Select(a => new AuditRecord(a.At, a.ActorName, a.Source, a.EntityId, a.Action.ToString(), a.Field, a.OldValue, a.NewValue))
            .ToListAsync(cancellationToken);
        var records = contacts.OrderBy(c => c.Name).Select(c => new ContactRecord(c.Id, c.Name, c.Title, c.Department, c.Email, c.Phone,
            c.ConsentGivenOn, c.ConsentScope, c.OfferId,
            c.OfferId is { } offerId ? offers.GetValueOrDefault(offerId)?.Name ?? "" : "",
            c.OfferId is { } ofOffer ? offers.GetValueOrDefault(ofOffer)?.Organization ?? ""
                : c.OrganizationId is { } organizationId ? organizations.GetValueOrDefault(organizationId) ?? "" : "")).ToList();
        var anchor = contacts.First(c => c.Id == contactId);
        return new Report(anchor.Name, anchor.Email, records, audit);
    }

    /// <summary>Notes that a person's data was handed out or erased: ids and the actor only, no personal value.</summary>
    public static void AddNote(LotseDbContext db, ICurrentActor actor, TimeProvider clock, Guid contactId, AuditAction action, string? detail) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.ActorId,
            ActorName = actor.ActorName,
            Source = actor.Source,
            EntityType = nameof(Contact),
            EntityId = contactId,
            Action = action,
            Field = detail,
        });

    /// <summary>
    /// Deletes the person's contact rows and blanks their values in the audit log (including the rows the
    /// deletion itself writes), in one transaction. Returns the number of deleted contact rows.
    /// </summary>
    public static async Task<int> EraseAsync(LotseDbContext db, ICurrentActor actor, TimeProvider clock, Guid contactId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contacts = await ContactsAsync(db, contactId, cancellationToken);
        if (contacts.Count == 0)
            return 0;
        var ids = contacts.Select(c => c.Id).ToList();
        // Values that identify the person wherever they were copied into the log (e.g. an offer's e-mail field).
        var personal = contacts.SelectMany(c => new[] { c.Name, c.Email, c.Phone })
            .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim().ToLower()).Distinct().ToList();
        AddNote(db, actor, clock, contactId, AuditAction.Erased, null);
        db.Contacts.RemoveRange(contacts);
        await db.SaveChangesAsync(cancellationToken);

        await db.AuditEntries
            .Where(a => a.EntityType == nameof(Contact) && ids.Contains(a.EntityId) && a.Action != AuditAction.Erased && a.Action != AuditAction.Exported)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.OldValue, a => a.OldValue == null ? null : Redacted)
                .SetProperty(a => a.NewValue, a => a.NewValue == null ? null : Redacted), cancellationToken);
        await db.AuditEntries.Where(a => a.OldValue != null && personal.Contains(a.OldValue.Trim().ToLower()))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OldValue, Redacted), cancellationToken);
        await db.AuditEntries.Where(a => a.NewValue != null && personal.Contains(a.NewValue.Trim().ToLower()))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.NewValue, Redacted), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return contacts.Count;
    }
}
