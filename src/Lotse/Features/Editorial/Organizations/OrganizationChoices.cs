using Lotse.Data;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Organizations;

/// <summary>The options of the organization form's selects for the signed-in account.</summary>
public sealed record OrganizationChoices(
    IReadOnlyList<SelectOption> ActorTypes,
    IReadOnlyList<SelectOption> Municipalities,
    IReadOnlyList<SelectOption> AllMunicipalities,
    bool RestrictsMunicipality)
{
    public static async Task<OrganizationChoices> LoadAsync(LotseDbContext db, EditorialScope scope, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        // Ids are formatted here, not in SQL: SQLite stores them upper-case.
        var all = municipalities.Select(m => new SelectOption(m.Id.ToString(), m.Name)).ToList();
        var usable = scope.RestrictsMunicipality
            ? municipalities.Where(m => scope.MunicipalityIds.Contains(m.Id)).Select(m => new SelectOption(m.Id.ToString(), m.Name)).ToList()
            : all;
        return new OrganizationChoices(await Organizations.ActorTypes.OptionsAsync(db, text, cancellationToken), usable, all, scope.RestrictsMunicipality);
    }
}
