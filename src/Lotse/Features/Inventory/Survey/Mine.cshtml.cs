using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The questionnaires the caller answers: each round with the status of its own municipalities.</summary>
[Authorize(Policy = Permissions.AnswerSurvey)]
public sealed class MineModel(LotseDbContext db) : PageModel
{
    public sealed record Row(Guid RoundId, string Round, DateOnly DueOn, bool Closed, bool IsExample, Guid MunicipalityId, string Municipality, SurveyResponseStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var access = await SurveyAccess.LoadAsync(db, User, cancellationToken);
        var ids = access.MunicipalityIds.ToList();
        var query = db.SurveyResponses.AsNoTracking();
        if (!access.AnswersAll)
            query = query.Where(r => ids.Contains(r.MunicipalityId));
        var rows = await query
            .Select(r => new Row(r.RoundId, r.Round!.Name, r.Round.DueOn, r.Round.ClosedAt != null, r.Round.IsExample, r.MunicipalityId, r.Municipality!.Name, r.Status))
            .ToListAsync(cancellationToken);
        // Open rounds first, the nearest due date on top.
        Rows = rows.OrderBy(r => r.Closed).ThenBy(r => r.DueOn).ThenBy(r => r.Municipality, StringComparer.Ordinal).ToList();
    }
}
