using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>Queued and sent reminder mails with their state; without an SMTP server this is where they can be read and forwarded.</summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class RemindersModel(LotseDbContext db, IOptions<MailOptions> mail, IOptions<FreshnessOptions> freshness) : PageModel
{
    private const int MaxListed = 200;

    public sealed record Row(OutgoingMail Mail, string? OfferName, MailState State);

    public enum MailState
    {
        Queued,
        Sent,
        Failed,
    }

    public IReadOnlyList<Row> Mails { get; private set; } = [];
    public bool MailServerConfigured => mail.Value.IsConfigured;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var mails = db.OutgoingMails.AsNoTracking();
        if (!scope.EditsAll)
        {
            // Mails about an offer of the caller's scope; mails without an offer are the county's.
            var offers = scope.Editable(db.Offers).Select(o => o.Id);
            mails = mails.Where(m => m.OfferId != null && offers.Contains(m.OfferId.Value));
        }
        var maxAttempts = freshness.Value.MaxSendAttempts;
        var rows = await mails
            .OrderByDescending(m => m.CreatedAt)
            .Take(MaxListed)
            .Select(m => new { Mail = m, OfferName = db.Offers.Where(o => o.Id == m.OfferId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        Mails = rows.Select(r => new Row(r.Mail, r.OfferName,
            r.Mail.SentAt is not null ? MailState.Sent : r.Mail.Attempts >= maxAttempts ? MailState.Failed : MailState.Queued)).ToList();
    }
}
