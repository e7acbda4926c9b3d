using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// Issue 10, fault injection: an HSDS import of many offers (10 000 at full size) is killed with SIGKILL at random
/// moments, together with the running web host every other time or so. After each kill the database holds exactly
/// the committed imports (all offers of one import, never part of one or a mix of two), is undamaged, its audit log,
/// versions and change log match the data, and the search index of the (restarted) web host heals to match it.
/// Finally the operator's re-run of the killed import gives the complete result without duplicates.
/// </summary>
[Trait("Category", "Faults")]
[Collection(KillCollection.Name)]
public sealed class KillDuringImportTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan IndexPatience = TimeSpan.FromMinutes(5);
    private readonly EvidenceFolder _root = new("kill-import");
    private KillableWebHost? _host;
    private HttpClient? _http;

    public void Dispose()
    {
        _http?.Dispose();
        _host?.Dispose();
        _root.Close(output);
    }

    [Fact]
    public async Task Import_killed_at_random_moments_leaves_exactly_the_committed_imports_and_the_index_heals()
    {
        var kills = KillFaultSettings.Kills;
        var offers = KillFaultSettings.Offers;
        var random = new Random(KillFaultSettings.Seed);
        var clock = Stopwatch.StartNew();
        var data = Path.Combine(_root.Path, "daten");
        var package = Path.Combine(_root.Path, "paket");
        var settings = new Dictionary<string, string>
        {
            ["Lotse__DataDirectory"] = data,
            ["Lotse__DemoData"] = "false",
            ["Lotse__Api__RequestsPerMinute"] = "1000000",
        };
        var problems = new List<string>();
        await StartHostAsync(settings);

        // An undisturbed import first: it measures how long one takes, the window the kills fall into.
        KillImportPackage.Write(package, offers, version: 0);
        var duration = await ImportToEndAsync(settings, package);
        output.WriteLine($"undisturbed import of {offers} offers: {duration.TotalSeconds:0.0} s");
        var committed = 0;
        problems.AddRange(await CheckAsync(data, offers, 0, "after the undisturbed import", [0]));

        var survived = 0;
        for (var kill = 1; kill <= kills; kill++)
        {
            KillImportPackage.Write(package, offers, version: kill);
            var delay = TimeSpan.FromMilliseconds(duration.TotalMilliseconds * random.NextDouble());
            var alsoHost = random.Next(2) == 0;
            using var import = KillableLotse.Start(settings, "import", "hsds", package);
            var finishedFirst = await import.WaitForExitAsync(delay);
            await import.KillAsync();
            if (alsoHost)
                await _host!.KillAsync();
            var context = $"kill {kill} after {delay.TotalSeconds:0.0} s{(alsoHost ? " (web host killed too)" : "")}{(finishedFirst ? " — import had already finished" : "")}";
            output.WriteLine(context);

            if (alsoHost)
                await StartHostAsync(settings);
            var found = await CheckAsync(data, offers, kill, context, [committed, kill]);
            problems.AddRange(found);
            if (found.Count == 0)
                survived++;
            committed = KillImportState.Read(Path.Combine(data, "lotse.db"), offers, kill).Version ?? committed;
        }

        // The operator runs the killed import again: complete, no duplicates, and the index follows.
        await ImportToEndAsync(settings, package);
        problems.AddRange(await CheckAsync(data, offers, kills, "after re-running the last import", [kills]));

        var line = string.Create(CultureInfo.InvariantCulture,
            $"faults/kill-import: {kills} kills, {survived} survived, {problems.Count} inconsistencies, {clock.Elapsed.TotalSeconds:0} s");
        output.WriteLine(line);
        KillFaultSettings.Report(line);
        Assert.True(problems.Count == 0, $"{problems.Count} inconsistencies (seed {KillFaultSettings.Seed}):\n" + string.Join("\n", problems));
        _root.Passed = true;
    }

    /// <summary>The inconsistencies in the database and in the web host's index, each named with its context.</summary>
    private async Task<List<string>> CheckAsync(string data, int offers, int lastVersion, string context, int[] allowedVersions)
    {
        var state = KillImportState.Read(Path.Combine(data, "lotse.db"), offers, lastVersion);
        var problems = state.Inconsistencies.Select(p => $"{context}: {p}").ToList();
        if (state.Offers == 0 || state.Version is not { } version)
            return problems;
        if (!allowedVersions.Contains(version))
            problems.Add($"{context}: the database holds import {version}, expected one of {string.Join(", ", allowedVersions)}");
        var healed = await IndexHealsAsync(state, allowedVersions.Where(v => v != version).Select(KillImportPackage.Mark).ToList());
        if (healed is not null)
            problems.Add($"{context}: search index did not heal within {IndexPatience.TotalMinutes} min: {healed}");
        return problems;
    }

    /// <summary>Null once the public search finds every published offer, all of them with the current import's mark and none with another's.</summary>
    private async Task<string?> IndexHealsAsync(KillImportState state, IReadOnlyList<string> staleMarks)
    {
        var current = KillImportPackage.Mark(state.Version!.Value);
        var deadline = Stopwatch.StartNew();
        string last = "no answer";
        while (deadline.Elapsed < IndexPatience)
        {
            try
            {
                var all = await TotalAsync("");
                var marked = await TotalAsync(current);
                var stale = 0;
                foreach (var mark in staleMarks)
                    stale += await TotalAsync(mark);
                last = $"search finds {all} offers (database: {state.PublishedOffers} published), {marked} with „{current}“ (database: {state.Offers}), {stale} with an older mark";
                if (all == state.PublishedOffers && marked == state.Offers && stale == 0)
                    return null;
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(500);
        }
        return last;
    }

    private async Task<int> TotalAsync(string query)
    {
        using var response = await _http!.GetAsync($"/api/v1/search?pageSize=1&q={Uri.EscapeDataString(query)}");
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"search answered {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private async Task<TimeSpan> ImportToEndAsync(IReadOnlyDictionary<string, string> settings, string package)
    {
        using var import = KillableLotse.Start(settings, "import", "hsds", package);
        Assert.True(await import.WaitForExitAsync(TimeSpan.FromMinutes(30)), "the import did not finish within 30 minutes");
        Assert.True(import.ExitCode == 0, import.Output);
        return import.Elapsed;
    }

    private async Task StartHostAsync(Dictionary<string, string> settings)
    {
        _http?.Dispose();
        _host?.Dispose();
        _host = await KillableWebHost.StartAsync(settings);
        _http = new HttpClient { BaseAddress = _host.Address, Timeout = TimeSpan.FromSeconds(30) };
    }
}
