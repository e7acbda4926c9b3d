using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Planning.Concept;

/// <summary>The stored document of a concept version, as a download with the type recognised at upload.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class DocumentModel(LotseDbContext db, ConceptDocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var version = await db.ConceptVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version?.DocumentStoredName is not { } stored || store.PathOf(stored) is not { } path
            || ConceptDocumentKind.FromContentType(version.DocumentContentType) is not { } kind)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return PhysicalFile(path, kind.ContentType, version.DocumentFileName ?? "Integrationskonzept" + kind.Extension);
    }
}
