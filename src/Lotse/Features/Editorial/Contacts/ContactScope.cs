using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Editorial.Contacts;

/// <summary>Contact persons belong to an offer: the account may maintain those of the offers it may change.</summary>
public static class ContactScope
{
    public static IQueryable<Contact> Editable(this EditorScope scope, LotseDbContext db)
    {
        var offers = scope.Editable(db.Offers).Select(o => o.Id);
        return db.Contacts.Where(c => offers.Contains(c.OfferId));
    }

    /// <summary>Today in the county's time zone: a consent given "today" must not count as given in the future.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
}
