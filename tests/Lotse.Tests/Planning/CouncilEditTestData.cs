using AngleSharp.Html.Dom;
using Lotse.Features.Planning;
using Lotse.Features.Planning.Council;
using Lotse.Features.Planning.Participation;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Planning;

/// <summary>Motions, submissions and participation entries for the edit-page tests, the access matrix's samples, and reading an edit form.</summary>
public static class CouncilEditTestData
{
    public static Task<Guid> AddMotionAsync(LotseAppFactory factory, string title = "Antrag des Integrationsrats") =>
        PlanningTestData.WithDbAsync(factory, async db =>
        {
            var motion = new Motion { Id = Guid.NewGuid(), Title = title, FiledByText = "Integrationsrat", CommitteeSequence = "Sozialausschuss\nKreistag" };
            db.Motions.Add(motion);
            await db.SaveChangesAsync();
            return motion.Id;
        });

    public static Task<Guid> AddSubmissionAsync(LotseAppFactory factory, string title = "Einrichtung eines KIZ") =>
        PlanningTestData.WithDbAsync(factory, async db =>
        {
            var submission = new Submission { Id = Guid.NewGuid(), Title = title, DocumentNumber = "2013/728", CommitteeSequence = "Sozialausschuss\nKreisausschuss" };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission.Id;
        });

    public static async Task<Guid> AddParticipationAsync(LotseAppFactory factory)
    {
        var version = await PlanningTestData.AddConceptAsync(factory, "Konzept 2011");
        return await PlanningTestData.WithDbAsync(factory, async db =>
        {
            var entry = new ParticipationEntry { Id = Guid.NewGuid(), ConceptVersionId = version, ActorText = "Integrationsrat Troisdorf", Form = "Workshop" };
            db.ParticipationEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
    }

    /// <summary>Every field of the page's post form with its current value (selects, text inputs, textareas, hidden fields but the token).</summary>
    public static Dictionary<string, string> Fields(IHtmlDocument page) =>
        page.QuerySelectorAll("form[method=post] input[type=text], form[method=post] input[type=date], form[method=post] input[type=hidden], form[method=post] textarea, form[method=post] select")
            .Where(e => e.GetAttribute("name") is { } n && n != "__RequestVerificationToken")
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First() switch
            {
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement input => input.Value,
                _ => "",
            });

    // The workbench has no scope: no outside sample.
    public static async Task<ScopedSamples> MotionSamplesAsync(LotseAppFactory factory, string? role) => new(PlanningPaths.Motion(await AddMotionAsync(factory)), null);
    public static async Task<ScopedSamples> SubmissionSamplesAsync(LotseAppFactory factory, string? role) => new(PlanningPaths.Submission(await AddSubmissionAsync(factory)), null);
    public static async Task<ScopedSamples> ParticipationSamplesAsync(LotseAppFactory factory, string? role) => new(PlanningPaths.ParticipationEntry(await AddParticipationAsync(factory)), null);
}
