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

    /// <summary>The empty form (after an erasure with its count). A search term in the query string is ignored.</summary>
    public void OnGet(int? geloescht) => Erased = geloescht;

    /// <summary>
    /// The search is a POST (OWASP ASVS 4.0 V8.3.1): a name or e-mail address in the URL would stay in browser
    /// history, proxy and server logs. The results link to each person by id only.
    /// </summary>
    public async Task<IActionResult> OnPostAsync([FromForm] string? suche, CancellationToken cancellationToken)
    {
        // Binding turns a blank search into null: a blank field counts as a search too short.
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
