using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Terms;

/// <summary>The terms of each vocabulary (Thema, Art des Angebotes, Zielgruppe) with how many offers use them.</summary>
[Authorize(Policy = Permissions.ManageTaxonomies)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    public sealed record TermRow(Guid Id, string Label, string Code, int SortOrder, int Uses);
    public sealed record TaxonomyBlock(string Code, string Name, IReadOnlyList<TermRow> Terms);

    public IReadOnlyList<TaxonomyBlock> Taxonomies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var taxonomies = await db.Taxonomies.OrderBy(t => t.Name).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms
            .Select(t => new { t.TaxonomyId, Row = new TermRow(t.Id, t.Label, t.Code, t.SortOrder, t.Offers.Count) })
            .ToListAsync(cancellationToken);
        Taxonomies = taxonomies.Select(x => new TaxonomyBlock(x.Code, x.Name,
            terms.Where(t => t.TaxonomyId == x.Id).Select(t => t.Row).OrderBy(t => t.SortOrder).ThenBy(t => t.Label, StringComparer.CurrentCulture).ToList())).ToList();
    }
}
