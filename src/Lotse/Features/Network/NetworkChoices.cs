using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Lotse.Features.Editorial.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network;

/// <summary>The select options of the network's forms and filters.</summary>
public static class NetworkChoices
{
    public static Task<IReadOnlyList<SelectOption>> ActorTypesAsync(LotseDbContext db, IStringLocalizer directoryText, CancellationToken cancellationToken) =>
        ActorTypes.OptionsAsync(db, directoryText, cancellationToken);

    /// <summary>Municipalities by AGS code (stable, readable in a shared URL).</summary>
    public static async Task<IReadOnlyList<SelectOption>> MunicipalitiesByCodeAsync(LotseDbContext db, CancellationToken cancellationToken) =>
        await db.Municipalities.OrderBy(m => m.Name).Select(m => new SelectOption(m.Code, m.Name)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<SelectOption>> MunicipalitiesByIdAsync(LotseDbContext db, CancellationToken cancellationToken) =>
        (await db.Municipalities.OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .Select(m => new SelectOption(m.Id.ToString(), m.Name)).ToList();

    /// <summary>Topic terms by code.</summary>
    public static async Task<IReadOnlyList<SelectOption>> TopicsAsync(LotseDbContext db, CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic).OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new SelectOption(t.Code, t.Label)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<SelectOption>> OrganizationsAsync(LotseDbContext db, CancellationToken cancellationToken) =>
        (await db.Organizations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, Municipality = o.Municipality != null ? o.Municipality.Name : null }).ToListAsync(cancellationToken))
            .Select(o => new SelectOption(o.Id.ToString(), o.Municipality is null ? o.Name : $"{o.Name} ({o.Municipality})")).ToList();

    public static IReadOnlyList<SelectOption> Codes(IEnumerable<string> codes, IStringLocalizer text, string prefix) =>
        codes.Select(c => new SelectOption(c, text[prefix + c])).ToList();
}
