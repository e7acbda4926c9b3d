using Lotse.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Accounts;

/// <summary>Adds the roles of <see cref="Roles"/> that the database lacks; runs at every start.</summary>
public static class RoleSeeder
{
    public static async Task SeedAsync(LotseDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        foreach (var name in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole<Guid>
            {
                Id = Guid.NewGuid(),
                Name = name,
                NormalizedName = name.ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
