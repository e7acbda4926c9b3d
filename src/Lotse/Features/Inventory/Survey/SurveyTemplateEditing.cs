using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Loading a template for the editor; a template used by a round is frozen, since its answers refer to its questions.</summary>
public static class SurveyTemplateEditing
{
    public static Task<SurveyTemplate?> LoadAsync(LotseDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.SurveyTemplates.Include(t => t.Questions).ThenInclude(q => q.Options).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public static Task<List<string>> RoundsAsync(LotseDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.SurveyRounds.AsNoTracking().Where(r => r.TemplateId == id).OrderBy(r => r.OpenedAt).Select(r => r.Name).ToListAsync(cancellationToken);

    /// <summary>Positions 0…n-1 in the current order (after a removal or a move).</summary>
    public static void Renumber(SurveyTemplate template)
    {
        var position = 0;
        foreach (var question in template.Questions.OrderBy(q => q.Position))
            question.Position = position++;
    }
}
