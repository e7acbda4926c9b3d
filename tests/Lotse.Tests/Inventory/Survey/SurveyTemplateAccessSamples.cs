using Lotse.Data;
using Lotse.Data.Seed;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>Copies of the 2013 template for the access matrix and the editor tests (KIZ pages: no outside scope).</summary>
public static class SurveyTemplateAccessSamples
{
    public static async Task<Guid> CopyAsync(LotseAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var source = await db.SurveyTemplates.AsNoTracking().Include(t => t.Questions).ThenInclude(q => q.Options)
            .SingleAsync(t => t.Id == Questionnaire2013.TemplateId);
        var copy = SurveyTemplateCopy.Create(source, " (Kopie)", DateTime.UtcNow);
        db.SurveyTemplates.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    }

    public static async Task<ScopedSamples> TemplateAsync(LotseAppFactory factory) =>
        new(SurveyPaths.Template(await CopyAsync(factory)), null);

    public static async Task<ScopedSamples> QuestionAsync(LotseAppFactory factory)
    {
        var id = await CopyAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var question = await scope.ServiceProvider.GetRequiredService<LotseDbContext>().SurveyQuestions
            .Where(q => q.TemplateId == id).OrderBy(q => q.Position).Select(q => q.Id).FirstAsync();
        return new(SurveyPaths.TemplateQuestion(id, question), null);
    }
}
