using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>The queue of new suggestions from the portal for the offers in the caller's scope, oldest first.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string OfferName, DateTime CreatedAt, IReadOnlyList<string> FieldLabels);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var suggestions = await scope.Editable(db.Suggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.New))
            .Include(s => s.Offer)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        Rows = suggestions
            .Select(s => new Row(s.Id, s.Offer.Name, s.CreatedAt, FieldsOf(s)))
            .ToList();
    }

    private static List<string> FieldsOf(Suggestion s)
    {
        var labels = new List<string>();
        if (s.ProposedName is not null) labels.Add("Field." + SuggestedChanges.Name);
        if (s.ProposedDescription is not null) labels.Add("Field." + SuggestedChanges.Description);
        if (s.ProposedPhone is not null) labels.Add("Field." + SuggestedChanges.Phone);
        if (s.ProposedEmail is not null) labels.Add("Field." + SuggestedChanges.Email);
        if (s.ProposedUrl is not null) labels.Add("Field." + SuggestedChanges.Website);
        if (s.ProposedOpeningHours is not null) labels.Add("Field." + SuggestedChanges.OpeningHours);
        if (s.Addresses.Count > 0) labels.Add("Field.address");
        return labels;
    }
}
