using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Freshness;
using Lotse.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Portal.Confirmation;

/// <summary>
/// The personal link from a reminder: shows the offer and confirms it without login, once. The token is
/// claimed with a conditional UPDATE, so of two simultaneous confirmations exactly one succeeds.
/// </summary>
public sealed class ConfirmModel(LotseDbContext db, TimeProvider clock, ConfirmationRateLimit rateLimit) : PageModel
{
    public enum LinkState
    {
        Valid,
        Unknown,
        Expired,
        Used,
        TooManyRequests,
    }

    public LinkState State { get; private set; }
    public Offer? Offer { get; private set; }
    public string Culture { get; private set; } = PortalCultures.Default.Segment;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Culture = PortalPage.Culture(HttpContext).Segment;
        // The address is a personal key: no copies in caches.
        Response.Headers.CacheControl = "no-store";
        if (!rateLimit.TryAcquire(HttpContext))
        {
            context.Result = Show(LinkState.TooManyRequests);
            return;
        }
        await next();
    }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var hash = ConfirmationTokenCodec.HashOf(token);
        var link = hash is null ? null : await db.ConfirmationTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var state = StateOf(link);
        if (state != LinkState.Valid)
            return Show(state);
        Offer = await db.Offers.AsNoTracking()
            .Include(o => o.Organization)
            .Include(o => o.Municipality)
            .Include(o => o.Locations).ThenInclude(l => l.Municipality)
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == link!.OfferId, cancellationToken);
        return Offer is null ? Show(LinkState.Unknown) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var hash = ConfirmationTokenCodec.HashOf(token);
        if (hash is null)
            return Show(LinkState.Unknown);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ConfirmationTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Show(StateOf(await db.ConfirmationTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)));
        }
        var offerId = await db.ConfirmationTokens.Where(t => t.TokenHash == hash).Select(t => t.OfferId).SingleAsync(cancellationToken);
        if (!await OfferConfirmation.ConfirmAsync(db, offerId, FreshnessClock.Today(clock), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return Show(LinkState.Unknown);
        }
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/{Culture}/bestaetigen/{ThanksModel.Segment}");
    }

    private LinkState StateOf(ConfirmationToken? link) =>
        link is null ? LinkState.Unknown
        : link.UsedAt is not null ? LinkState.Used
        : link.ExpiresAt <= clock.GetUtcNow().UtcDateTime ? LinkState.Expired
        : LinkState.Valid;

    private PageResult Show(LinkState state)
    {
        State = state;
        Response.StatusCode = state switch
        {
            LinkState.Unknown => StatusCodes.Status404NotFound,
            LinkState.Expired or LinkState.Used => StatusCodes.Status410Gone,
            LinkState.TooManyRequests => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
