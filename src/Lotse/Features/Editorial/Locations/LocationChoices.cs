using Lotse.Data;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Locations;

/// <summary>The options of the location form's selects for the signed-in account.</summary>
public sealed record LocationChoices(
    IReadOnlyList<SelectOption> Municipalities,
    IReadOnlyList<SelectOption> AllMunicipalities,
    IReadOnlyList<SelectOption> Organizations,
    bool RestrictsMunicipality,
    bool RequiresOrganization)
{
    public static async Task<LocationChoices> LoadAsync(LotseDbContext db, EditorialScope scope, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        // Ids are formatted here, not in SQL: SQLite stores them upper-case.
        var all = municipalities.Select(m => new SelectOption(m.Id.ToString(), m.Name)).ToList();
        var usable = scope.RestrictsMunicipality
            ? municipalities.Where(m => scope.MunicipalityIds.Contains(m.Id)).Select(m => new SelectOption(m.Id.ToString(), m.Name)).ToList()
            : all;
        var organizations = await scope.Editable(db.Organizations).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return new LocationChoices(usable, all, organizations.Select(o => new SelectOption(o.Id.ToString(), o.Name)).ToList(),
            scope.RestrictsMunicipality, scope.RestrictsOrganization);
    }

    /// <summary>The municipality named like the town of the address (also "Hennef" for "Hennef (Sieg)").</summary>
    public string? MunicipalityForCity(string? city)
    {
        if (FormText.Clean(city) is not { } name)
            return null;
        return Municipalities.FirstOrDefault(m => string.Equals(m.Text, name, StringComparison.OrdinalIgnoreCase)
                                                  || m.Text.StartsWith(name + " (", StringComparison.OrdinalIgnoreCase))?.Value;
    }
}
