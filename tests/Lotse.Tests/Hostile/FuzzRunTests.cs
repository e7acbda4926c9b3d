using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lotse.Tests.Hostile;

/// <summary>
/// The fuzz run: generated hostile inputs against search parameters, the public forms, the API, raw bodies, the
/// spreadsheet upload and the HSDS importer. Zero server errors, zero unhandled exceptions in the log, and nothing
/// stored renders as live markup. Size and seed: LOTSE_FUZZ_INPUTS (default 1200 in the normal test run; the
/// documented full run uses 20 000) and LOTSE_FUZZ_SEED.
/// </summary>
public sealed class FuzzRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Generated_hostile_inputs_get_no_server_error_and_leave_no_live_markup()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("LOTSE_FUZZ_INPUTS"), out var n) ? n : 1200;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LOTSE_FUZZ_SEED"), out var s) ? s : 20261126;
        using var app = new FuzzApp();
        var work = Path.Combine(app.DataDirectory, "fuzz");
        Directory.CreateDirectory(work);
        var anonymous = AccountsTestData.CreateClient(app);
        var editor = await AccountsTestData.SignedInClientAsync(app, await AccountsTestData.CreateAccountAsync(app, Roles.CountyEditor));
        string offerId;
        HashSet<Guid> demoOffers;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            offerId = (await db.Offers.FirstAsync(o => o.Status == OfferStatus.Published)).Id.ToString();
            demoOffers = [.. await db.Offers.Select(o => o.Id).ToListAsync()];
        }

        var run = new FuzzRun();
        var targets = new FuzzTargets(app, anonymous, editor, offerId, work);
        await run.RunAsync(targets.All, count, seed);

        var live = new List<string>(targets.LiveMarkup);
        var pages = await StoredPagesAsync(app, demoOffers);
        foreach (var page in pages)
        {
            FuzzRun.TraceLine("stored page " + page);
            using var response = await (page.StartsWith("/intern", StringComparison.Ordinal) ? editor : anonymous).GetAsync(page);
            if ((int)response.StatusCode >= 500)
                live.Add($"{page}: Status {(int)response.StatusCode}");
            live.AddRange(StoredMarkup.FindLive(await response.Content.ReadAsStringAsync()).Select(f => $"{page}: {f}"));
        }
        FuzzRun.TraceLine("audit export");
        using var audit = await editor.GetAsync("/intern/protokoll/export?format=csv");
        var formulas = ExportCells.Formulas(await audit.Content.ReadAsStringAsync()).Select(c => $"Protokoll-Export: {c}").ToList();
        FuzzRun.TraceLine("export read");
        var report = $"fuzz: {run.Inputs} inputs, seed {seed}, {run.ServerErrors} server errors, {app.Log.Errors.Count} unhandled exceptions, "
            + $"{live.Count} live markup in {pages.Count} stored pages, {formulas.Count} formula cells in exports, {run.Elapsed.TotalSeconds:F0} s";
        output.WriteLine(report);
        foreach (var (target, statuses) in run.StatusesByTarget)
            output.WriteLine($"  {target}: {string.Join(", ", statuses.Select(st => $"{st.Key}×{st.Value}"))}");
        if (Environment.GetEnvironmentVariable("LOTSE_FUZZ_REPORT") is { Length: > 0 } reportFile)
            await File.WriteAllTextAsync(reportFile, report + Environment.NewLine);

        Assert.True(run.Inputs >= count, report);
        Assert.True(run.ServerErrors == 0, report + Environment.NewLine + string.Join(Environment.NewLine, run.Failures.Take(20)));
        Assert.True(app.Log.Errors.IsEmpty, report + Environment.NewLine + string.Join(Environment.NewLine, app.Log.Errors.Take(20)));
        Assert.True(live.Count == 0, report + Environment.NewLine + string.Join(Environment.NewLine, live.Take(20)));
        Assert.True(formulas.Count == 0, report + Environment.NewLine + string.Join(Environment.NewLine, formulas.Take(20)));
        FuzzRun.TraceLine("checks passed");
        // Still serving.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/de/suche?q=Sprachkurs")).StatusCode);
    }

    /// <summary>
    /// Where stored input is shown again: the suggestion queue and each suggestion, the feedback inbox, the offer list,
    /// the audit log, and each offer the importers wrote (its editing page, and its public page once published).
    /// </summary>
    private static async Task<IReadOnlyList<string>> StoredPagesAsync(FuzzApp app, HashSet<Guid> demoOffers)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var suggestions = await db.Suggestions.OrderBy(x => x.Id).Select(x => x.Id).Take(40).ToListAsync();
        var imported = (await db.Offers.Select(o => new { o.Id, o.Status }).ToListAsync()).Where(o => !demoOffers.Contains(o.Id)).OrderBy(o => o.Id).Take(60).ToList();
        return
        [
            "/intern/vorschlaege", "/intern/barrierefreiheit", "/intern/angebote", "/intern/protokoll",
            .. suggestions.Select(id => $"/intern/vorschlaege/{id}"),
            .. imported.Select(o => $"/intern/angebote/{o.Id}"),
            .. imported.Where(o => o.Status == OfferStatus.Published).Select(o => $"/de/angebote/{o.Id}"),
        ];
    }
}
