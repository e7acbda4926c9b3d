using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// Issue 10, fault injection: several county editors save published offers through the real edit form, concurrently,
/// and the web host is killed with SIGKILL at a random moment of that burst (20 times at full size). After each
/// restart the database is undamaged and holds exactly the committed saves: every offer carries one save's token in
/// all its fields (no torn entity), none older than the last save the editor was told about, none the app refused; the
/// audit log and the versions name what the offer holds; and the search index heals to find each offer by its current
/// token and no longer by an older one.
/// </summary>
[Trait("Category", "Faults")]
[Collection(KillCollection.Name)]
public sealed class KillDuringSavesTests(ITestOutputHelper output) : IDisposable
{
    private const int Editors = 4;
    private const int OffersPerEditor = 2;
    private static readonly TimeSpan IndexPatience = TimeSpan.FromMinutes(2);
    // The kill falls at a random moment up to KillWindow after the burst's first acknowledged save: counted from the
    // burst's start, a slow machine (sign-in after each restart) had bursts killed before any save got through.
    private static readonly TimeSpan KillWindow = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan FirstSavePatience = TimeSpan.FromMinutes(2);

    private readonly EvidenceFolder _root = new("kill-saves");
    private readonly List<KillSavesEditor> _editors = [];
    private KillableWebHost? _host;

    public void Dispose()
    {
        foreach (var editor in _editors)
            editor.Dispose();
        _host?.Dispose();
        _root.Close(output);
    }

    [Fact]
    public async Task Saves_killed_at_random_moments_leave_exactly_the_committed_saves_and_the_index_heals()
    {
        var kills = KillFaultSettings.Kills;
        var random = new Random(KillFaultSettings.Seed);
        var tokens = new KillSavesTokens(new Random(KillFaultSettings.Seed + 1));
        var clock = Stopwatch.StartNew();
        var data = Path.Combine(_root.Path, "daten");
        var (accounts, originals) = await SeedAsync(data);
        var ledger = new KillSavesLedger(originals);
        var offers = originals.Keys.ToList();
        var settings = new Dictionary<string, string>
        {
            ["Lotse__DataDirectory"] = data,
            ["Lotse__DemoData"] = "false",
            ["Lotse__Api__RequestsPerMinute"] = "1000000",
        };
        _editors.AddRange(accounts.Select(email => new KillSavesEditor(email)));
        await StartHostAsync(settings, offers[0]);

        var problems = new List<string>();
        var survived = 0;
        var refused = 0;
        for (var kill = 1; kill <= kills; kill++)
        {
            var inFlight = 0;
            var delay = KillWindow * random.NextDouble();
            var firstAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var workers = _editors.Select((editor, i) => Task.Run(async () =>
            {
                var mine = offers.Skip(i * OffersPerEditor).Take(OffersPerEditor).ToList();
                for (var save = 0; ; save++)
                {
                    var offer = mine[save % mine.Count];
                    var token = tokens.Next();
                    switch (await editor.SaveAsync(offer, token, () => ledger.Sending(offer, token)))
                    {
                        case SaveAnswer.Acknowledged:
                            ledger.Acknowledged(offer, token);
                            firstAcknowledged.TrySetResult();
                            break;
                        case SaveAnswer.Refused:
                            ledger.Refused(offer, token);
                            Interlocked.Increment(ref refused);
                            break;
                        case SaveAnswer.InFlight:
                            Interlocked.Increment(ref inFlight);
                            return;   // killed while the save was on its way
                        default:
                            return;   // the host is gone
                    }
                }
            })).ToList();
            var found = new List<string>();
            var context = $"kill {kill} at {delay.TotalSeconds:0.0} s after the first acknowledged save";
            if (await Task.WhenAny(firstAcknowledged.Task, Task.Delay(FirstSavePatience)) != firstAcknowledged.Task)
                found.Add($"kill {kill}: no save acknowledged within {FirstSavePatience.TotalMinutes} min of the burst's start");
            await Task.Delay(delay);
            await _host!.KillAsync();
            foreach (var worker in workers)
            {
                try
                {
                    await worker;
                }
                catch (InvalidOperationException e)
                {
                    found.Add($"{context}: a save got a wrong answer before the kill: {e.Message}");
                }
            }
            _host.Dispose();
            _host = null;

            var (current, inconsistent) = KillSavesState.Read(Path.Combine(data, "lotse.db"), ledger);
            found.AddRange(inconsistent.Select(p => $"{context}: {p}"));
            await StartHostAsync(settings, offers[0]);
            var healed = await IndexHealsAsync(ledger, current);
            if (healed is not null)
                found.Add($"{context}: search index did not heal within {IndexPatience.TotalMinutes} min: {healed}");
            var unacknowledged = current.Count(c => c.Value is not null && c.Value != ledger.LastAcknowledged(c.Key));
            output.WriteLine($"{context}: {ledger.AcknowledgedSaves} saves acknowledged so far, {inFlight} in flight at the kill, "
                + $"{unacknowledged} of them committed, {current.Count(c => c.Value is not null)} offers saved, {found.Count} inconsistencies");
            foreach (var offer in offers)
                ledger.Settle(offer, current.GetValueOrDefault(offer));
            problems.AddRange(found);
            if (found.Count == 0)
                survived++;
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"faults/kill-saves: {kills} kills, {survived} survived, {problems.Count} inconsistencies, {ledger.AcknowledgedSaves} saves acknowledged, {clock.Elapsed.TotalSeconds:0} s");
        output.WriteLine(line);
        output.WriteLine($"{refused} saves refused with 409; sign-ins per editor: {string.Join(", ", _editors.Select(e => e.SignIns))} for {kills + 1} host starts");
        KillFaultSettings.Report(line);
        Assert.True(problems.Count == 0,
            $"{problems.Count} inconsistencies (seed {KillFaultSettings.Seed}, data folder {_root.Path}):\n" + string.Join("\n", problems) + "\nweb host output:\n" + _host?.Process.Output);
        _root.Passed = true;
    }

    /// <summary>
    /// A data folder with the demo data and county editor accounts, made by the app itself in this process before the
    /// killable host starts on it; the published offers the editors will save, with their names before any save.
    /// </summary>
    private static async Task<(List<string> Accounts, Dictionary<Guid, string> Originals)> SeedAsync(string data)
    {
        using var factory = new LotseAppFactory(demoData: true);
        factory.Settings["Lotse:DataDirectory"] = data;
        var accounts = new List<string>();
        for (var i = 0; i < Editors; i++)
            accounts.Add(await AccountsTestData.CreateAccountAsync(factory, Roles.CountyEditor));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var originals = await db.Offers.Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Name)
            .Take(Editors * OffersPerEditor).ToDictionaryAsync(o => o.Id, o => o.Name);
        Assert.Equal(Editors * OffersPerEditor, originals.Count);
        return (accounts, originals);
    }

    private async Task StartHostAsync(IReadOnlyDictionary<string, string> settings, Guid anyOffer)
    {
        _host?.Dispose();
        _host = await KillableWebHost.StartAsync(settings);
        foreach (var editor in _editors)
            await editor.ConnectAsync(_host.Address, anyOffer);
    }

    /// <summary>Null once the public search finds each offer by its current token (and only it), and none by an older one.</summary>
    private async Task<string?> IndexHealsAsync(KillSavesLedger ledger, IReadOnlyDictionary<Guid, string?> current)
    {
        using var http = new HttpClient { BaseAddress = _host!.Address, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.StartNew();
        var last = "no answer";
        while (deadline.Elapsed < IndexPatience)
        {
            try
            {
                last = await IndexMismatchAsync(http, ledger, current);
                if (last == "")
                    return null;
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(250);
        }
        return last;
    }

    private static async Task<string> IndexMismatchAsync(HttpClient http, KillSavesLedger ledger, IReadOnlyDictionary<Guid, string?> current)
    {
        foreach (var (offer, token) in current)
        {
            if (token is not null)
            {
                var hits = await SearchAsync(http, token);
                if (hits.Count != 1 || hits[0] != offer)
                    return $"„{token}“ finds {hits.Count} offers, expected only {offer}";
            }
            // The latest older tokens: those the index held just before the kill.
            foreach (var stale in ledger.StaleTokens(offer, token).TakeLast(5))
            {
                var hits = await SearchAsync(http, stale);
                if (hits.Count != 0)
                    return $"the older token „{stale}“ of offer {offer} still finds {hits.Count} offers";
            }
        }
        return "";
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient http, string query)
    {
        using var response = await http.GetAsync($"/api/v1/search?pageSize=5&q={Uri.EscapeDataString(query)}");
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"search answered {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }
}
