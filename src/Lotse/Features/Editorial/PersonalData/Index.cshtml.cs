using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.PersonalData;

/// <summary>Finds contact persons by name or e-mail address, for requests under GDPR Art. 15 and 17.</summary>
[Authorize(Policy = Permissions.EditAllEntries)]
public sealed class IndexModel(LotseDbContext db, IStringLocalizer<PersonalDataResource> text) : PageModel
{
    public const int MaxResults = 100;

    public sealed record Hit(Guid ContactId, string Name, string? Email, string OfferName);

    public string? Query { get; private set; }
    public IReadOnlyList<Hit>? Hits { get; private set; }
    public int? Erased { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? suche, int? geloescht, CancellationToken cancellationToken)
    {
        Erased = geloescht;
        // Binding turns a blank search into null: a submitted but blank field counts as a search too short.
        if (suche is null && !Request.Query.ContainsKey("suche"))
            return Page();
        Query = suche?.Trim() ?? "";
        if (Query.Length is < 2 or > 200)
        {
            ModelState.AddModelError("suche", text["Search.Length"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var term = Query.ToLower();
        Hits = await db.Contacts.AsNoTracking()
            .Where(c => c.Name.ToLower().Contains(term) || (c.Email != null && c.Email.ToLower().Contains(term)))
            .OrderBy(c => c.Name).ThenBy(c => c.Email)
            .Take(MaxResults)
            .Select(c => new Hit(c.Id, c.Name, c.Email, c.Offer != null ? c.Offer.Name : c.Organization != null ? c.Organization.Name : ""))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
