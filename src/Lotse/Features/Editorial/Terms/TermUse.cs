using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Terms;

/// <summary>How many offers carry a term: a term in use is never deleted, its offers would silently lose it.</summary>
public static class TermUse
{
    public static Task<int> CountAsync(LotseDbContext db, Guid termId, CancellationToken cancellationToken) =>
        db.TaxonomyTerms.Where(t => t.Id == termId).Select(t => t.Offers.Count).FirstOrDefaultAsync(cancellationToken);
}
