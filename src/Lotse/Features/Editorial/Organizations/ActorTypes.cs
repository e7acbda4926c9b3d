using Lotse.Data;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Organizations;

/// <summary>
/// The actor types an organization can have: the codes of the reference and demo data (each with a German
/// label in the resource file) and any other code already stored, so that imported data stays selectable.
/// </summary>
public static class ActorTypes
{
    public static readonly IReadOnlyList<string> Known =
    [
        "fachamt_kreis", "kommune", "behoerde", "beauftragte", "integrationsrat", "wohlfahrtsverband",
        "bildungstraeger", "familienzentrum", "jugendeinrichtung", "initiative", "migrantenorganisation", "verein", "kirche",
        // The network's kinds of actors (P7).
        "schule", "schulaufsicht", "jobcenter", "auslaenderbehoerde", "unternehmen", "moscheeverein", "integrationsausschuss",
    ];

    public static async Task<IReadOnlyList<SelectOption>> OptionsAsync(LotseDbContext db, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var stored = await db.Organizations.Where(o => o.ActorType != null).Select(o => o.ActorType!).Distinct().ToListAsync(cancellationToken);
        return Known.Union(stored, StringComparer.Ordinal)
            .Select(code => new SelectOption(code, Label(text, code)))
            .OrderBy(o => o.Text, StringComparer.CurrentCulture)
            .ToList();
    }

    public static string Label(IStringLocalizer text, string code)
    {
        var label = text["ActorType." + code];
        return label.ResourceNotFound ? code : label.Value;
    }
}
