using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Lotse.Features.Editorial.Organizations;
using Lotse.Features.Network.Graph;
using Lotse.Features.Network.Relations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network;

/// <summary>The network view: who cooperates with whom, as a graph and as a table, filtered by a shareable GET form.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, IStringLocalizer<NetworkResource> text, IStringLocalizer<DirectoryEditingResource> directoryText,
    Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    [BindProperty(Name = "typ", SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(Name = "kommune", SupportsGet = true)]
    public string? Municipality { get; set; }

    [BindProperty(Name = "thema", SupportsGet = true)]
    public string? Topic { get; set; }

    public IReadOnlyList<SelectOption> Types { get; private set; } = [];
    public IReadOnlyList<SelectOption> Municipalities { get; private set; } = [];
    public IReadOnlyList<SelectOption> Topics { get; private set; } = [];
    public NetworkQuery.Result? Result { get; private set; }
    public NetworkGraph? Graph { get; private set; }
    public bool MayManage { get; private set; }

    public string TypeLabel(string? code) => code is null ? "" : ActorTypes.Label(directoryText, code);
    public string KindLabel(string kind) => kind == NetworkGraph.WorkingGroupNode ? text["Graph.Membership"] : text["RelationKind." + kind];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        Types = await NetworkChoices.ActorTypesAsync(db, directoryText, cancellationToken);
        Municipalities = await NetworkChoices.MunicipalitiesByCodeAsync(db, cancellationToken);
        Topics = await NetworkChoices.TopicsAsync(db, cancellationToken);

        var errors = new FormErrors(ModelState, text, prefix: "");
        var type = FormText.Clean(Type);
        if (type is not null && Types.All(t => t.Value != type))
            errors.Add("typ", "Filter.UnknownType");
        Guid? municipalityId = null;
        if (FormText.Clean(Municipality) is { } code)
        {
            municipalityId = await db.Municipalities.Where(m => m.Code == code).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
            if (municipalityId is null)
                errors.Add("kommune", "Filter.UnknownMunicipality");
        }
        Guid? topicId = null;
        if (FormText.Clean(Topic) is { } topic)
        {
            topicId = await db.TaxonomyTerms.Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic && t.Code == topic).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (topicId is null)
                errors.Add("thema", "Filter.UnknownTopic");
        }
        if (errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = await NetworkQuery.LoadAsync(db, new NetworkFilter(type, municipalityId, topicId), cancellationToken);
        Graph = NetworkQuery.Graph(Result, kind => text["RelationKind." + kind], text["Graph.Membership"]);
        return Page();
    }
}
