using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>The choices of the working-group form and the application of checked values, shared by its create and edit pages.</summary>
public sealed record WorkingGroupForm(WorkingGroupInput Input, IReadOnlyList<SelectOption> Kinds, IReadOnlyList<SelectOption> Municipalities, IReadOnlyList<SelectOption> Topics)
{
    public static async Task<WorkingGroupForm> LoadAsync(LotseDbContext db, IStringLocalizer text, WorkingGroupInput input, CancellationToken cancellationToken) =>
        new(input, NetworkChoices.Codes(WorkingGroupKinds.All, text, "GroupKind."),
            await NetworkChoices.MunicipalitiesByIdAsync(db, cancellationToken),
            (await db.TaxonomyTerms.Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic).OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
                .Select(t => new { t.Id, t.Label }).ToListAsync(cancellationToken)).Select(t => new SelectOption(t.Id.ToString(), t.Label)).ToList());

    public WorkingGroupInput.Values? Validate(FormErrors errors) =>
        Input.Validate(errors, Municipalities.Select(m => Guid.Parse(m.Value)).ToHashSet(), Topics.Select(t => Guid.Parse(t.Value)).ToHashSet());

    public static async Task ApplyAsync(LotseDbContext db, WorkingGroup group, WorkingGroupInput.Values values, CancellationToken cancellationToken)
    {
        group.Name = values.Name;
        group.Kind = values.Kind;
        group.MunicipalityId = values.MunicipalityId;
        group.Description = values.Description;
        var terms = await db.TaxonomyTerms.Where(t => values.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var gone in group.Topics.Where(t => !values.TopicIds.Contains(t.Id)).ToList())
            group.Topics.Remove(gone);
        foreach (var term in terms.Where(t => group.Topics.All(x => x.Id != t.Id)))
            group.Topics.Add(term);
    }
}
