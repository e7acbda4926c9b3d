using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Levy;

/// <summary>One municipality's row of a year: its stored base, if any.</summary>
public sealed record LevyRow(Guid MunicipalityId, string Code, string Name, LevyBase? Base);

/// <summary>The municipalities (from the Municipalities table) with their levy bases of a year.</summary>
public static class LevyTable
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static async Task<IReadOnlyList<LevyRow>> LoadAsync(LotseDbContext db, int year, bool track, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Code, m.Name }).ToListAsync(cancellationToken);
        var query = db.LevyBases.Where(b => b.Year == year);
        var bases = await (track ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        return municipalities.Select(m => new LevyRow(m.Id, m.Code, m.Name, bases.FirstOrDefault(b => b.MunicipalityId == m.Id))).ToList();
    }

    public static async Task<IReadOnlyList<int>> YearsAsync(LotseDbContext db, CancellationToken cancellationToken) =>
        await db.LevyBases.Select(b => b.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
}
