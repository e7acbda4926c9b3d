using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Planning;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Planning;

/// <summary>The edit pages of motions, submissions and participation entries: save, stale stamp, bad input, Reader.</summary>
public sealed class CouncilEditPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    /// <summary>Posts the form as loaded with <paramref name="change"/> applied; the token comes from the loaded page.</summary>
    private static async Task<(HttpResponseMessage Response, Dictionary<string, string> Fields, string Token)> PostAsync(HttpClient client, string path, Action<Dictionary<string, string>> change)
    {
        var page = await PlanningTestData.PageAsync(client, path);
        var fields = CouncilEditTestData.Fields(page);
        change(fields);
        var token = PlanningTestData.Token(page);
        return (await PlanningTestData.PostAsync(client, path, token, new(fields)), fields, token);
    }

    [Fact]
    public async Task A_motion_is_edited_with_its_committee_sequence_never_over_a_newer_save()
    {
        var id = await CouncilEditTestData.AddMotionAsync(_factory);
        var client = await PlanningTestData.EditorAsync(_factory);
        var path = PlanningPaths.Motion(id);

        var (saved, fields, token) = await PostAsync(client, path, f => { f["Input.Title"] = "Antrag auf ein KIZ"; f["Input.CommitteeSequence"] = "Integrationsrat\nSozialausschuss\nKreistag"; });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.Motions.FindAsync(id).AsTask());
        Assert.Equal("Antrag auf ein KIZ", stored!.Title);
        Assert.Equal("Integrationsrat\nSozialausschuss\nKreistag", stored.CommitteeSequence!.Replace("\r\n", "\n"));
        Assert.Contains("Integrationsrat → Sozialausschuss → Kreistag", (await PlanningTestData.PageAsync(client, PlanningPaths.Council)).QuerySelector("main")!.TextContent);

        fields["Input.Title"] = "Veraltet";
        var stale = await PlanningTestData.PostAsync(client, path, token, new(fields));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Antrag auf ein KIZ", (await PlanningTestData.WithDbAsync(_factory, db => db.Motions.FindAsync(id).AsTask()))!.Title);
    }

    [Fact]
    public async Task A_motion_without_title_or_filer_answers_400_and_keeps_the_stored_one()
    {
        var id = await CouncilEditTestData.AddMotionAsync(_factory);
        var client = await PlanningTestData.EditorAsync(_factory);

        var (invalid, _, _) = await PostAsync(client, PlanningPaths.Motion(id), f => { f["Input.Title"] = ""; f["Input.FiledByText"] = ""; f["Input.FiledOn"] = "gestern"; });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler")!;
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Title']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_FiledOn']"));
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.Motions.FindAsync(id).AsTask());
        Assert.Equal(("Antrag des Integrationsrats", "Integrationsrat"), (stored!.Title, stored.FiledByText));
    }

    [Fact]
    public async Task A_submission_is_edited_with_its_committee_sequence_and_the_motion_it_answers()
    {
        var motion = await CouncilEditTestData.AddMotionAsync(_factory);
        var id = await CouncilEditTestData.AddSubmissionAsync(_factory);
        var client = await PlanningTestData.EditorAsync(_factory);
        var path = PlanningPaths.Submission(id);

        var (saved, fields, token) = await PostAsync(client, path, f => { f["Input.MotionId"] = motion.ToString(); f["Input.CommitteeSequence"] = "Sozialausschuss\nKreisausschuss\nKreistag"; f["Input.IssuedOn"] = "2013-09-04"; });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.Submissions.FindAsync(id).AsTask());
        Assert.Equal(motion, stored!.MotionId);
        Assert.Equal(new DateOnly(2013, 9, 4), stored.IssuedOn);
        Assert.Equal("Sozialausschuss\nKreisausschuss\nKreistag", stored.CommitteeSequence!.Replace("\r\n", "\n"));

        fields["Input.Title"] = "Veraltet";
        Assert.Equal(HttpStatusCode.Conflict, (await PlanningTestData.PostAsync(client, path, token, new(fields))).StatusCode);

        var (invalid, _, _) = await PostAsync(client, path, f => { f["Input.Title"] = " "; f["Input.MotionId"] = Guid.NewGuid().ToString(); });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler")!;
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Title']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_MotionId']"));
        Assert.Equal("Einrichtung eines KIZ", (await PlanningTestData.WithDbAsync(_factory, db => db.Submissions.FindAsync(id).AsTask()))!.Title);
    }

    [Fact]
    public async Task A_participation_entry_is_edited_stale_and_bad_posts_change_nothing()
    {
        var id = await CouncilEditTestData.AddParticipationAsync(_factory);
        var client = await PlanningTestData.EditorAsync(_factory);
        var path = PlanningPaths.ParticipationEntry(id);

        var (saved, fields, token) = await PostAsync(client, path, f => { f["Input.Form"] = "Stellungnahme"; f["Input.TookPartOn"] = "2013-09-04"; });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.ParticipationEntries.FindAsync(id).AsTask());
        Assert.Equal(("Stellungnahme", (DateOnly?)new DateOnly(2013, 9, 4)), (stored!.Form, stored.TookPartOn));

        fields["Input.Form"] = "Veraltet";
        Assert.Equal(HttpStatusCode.Conflict, (await PlanningTestData.PostAsync(client, path, token, new(fields))).StatusCode);

        var (invalid, _, _) = await PostAsync(client, path, f => { f["Input.Form"] = ""; f["Input.ActorText"] = ""; f["Input.TookPartOn"] = "31.02.2013"; });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler")!;
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Form']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_ActorText']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_TookPartOn']"));
        stored = await PlanningTestData.WithDbAsync(_factory, db => db.ParticipationEntries.FindAsync(id).AsTask());
        Assert.Equal(("Stellungnahme", "Integrationsrat Troisdorf"), (stored!.Form, stored.ActorText));
    }

    [Fact]
    public async Task A_reader_sees_the_edit_pages_and_every_post_answers_403()
    {
        var paths = new[]
        {
            PlanningPaths.Motion(await CouncilEditTestData.AddMotionAsync(_factory)),
            PlanningPaths.Submission(await CouncilEditTestData.AddSubmissionAsync(_factory)),
            PlanningPaths.ParticipationEntry(await CouncilEditTestData.AddParticipationAsync(_factory)),
        };
        var reader = await PlanningTestData.ClientAsync(_factory, Roles.Reader);

        foreach (var path in paths)
        {
            var (response, _, _) = await PostAsync(reader, path, f => f["Input.Title"] = f["Input.Form"] = "Geändert");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal("Antrag des Integrationsrats", (await PlanningTestData.WithDbAsync(_factory, db => Task.FromResult(db.Motions.Single()))).Title);
        Assert.Equal("Workshop", (await PlanningTestData.WithDbAsync(_factory, db => Task.FromResult(db.ParticipationEntries.Single()))).Form);
    }
}
