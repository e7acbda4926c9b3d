using Lotse.Data;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>Creates an account with one role and its scope, validated by Identity's rules; nothing is kept on failure.</summary>
public sealed class AccountCreation(UserManager<LotseUser> users, LotseDbContext db)
{
    public async Task<IdentityResult> CreateAsync(
        string email, string password, string role,
        IEnumerable<Guid>? municipalityIds = null, IEnumerable<Guid>? organizationIds = null,
        CancellationToken cancellationToken = default)
    {
        var user = new LotseUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        // One transaction, so a rejected role or scope leaves no account behind; reuses an outer one (database start-up).
        var ownsTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            return result;
        result = await users.AddToRoleAsync(user, role);
        if (!result.Succeeded)
            return result;
        foreach (var id in municipalityIds ?? [])
            db.UserMunicipalities.Add(new UserMunicipality { UserId = user.Id, MunicipalityId = id });
        foreach (var id in organizationIds ?? [])
            db.UserOrganizations.Add(new UserOrganization { UserId = user.Id, OrganizationId = id });
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
