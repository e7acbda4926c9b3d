using System.Net;
using Lotse.Data.Seed;
using Lotse.Features.Accounts;
using Lotse.Tests.Editorial.Directory;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Editorial.SpreadsheetImport;
using Lotse.Tests.Finance;
using Lotse.Tests.Finance.Costs;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Planning;
using Lotse.Tests.Network;
using Lotse.Tests.Inventory.Survey;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Accounts;

/// <summary>
/// Every back-office route (from the app's route table) called as anonymous, as a user without role and
/// as each role. A route under /intern without a rule here fails the test: new pages must say who may use them.
/// </summary>
public sealed class BackOfficeAccessMatrixTests : IDisposable
{
    private abstract record Rule(string SamplePath);

    /// <summary>Open to everyone, answering <paramref name="Status"/>.</summary>
    private sealed record Public(string SamplePath, HttpStatusCode Status = HttpStatusCode.OK) : Rule(SamplePath);

    /// <summary>Any signed-in account, also one without role.</summary>
    private sealed record SignedIn(string SamplePath) : Rule(SamplePath);

    /// <summary>Accounts whose role has the permission.</summary>
    private sealed record Permission(string SamplePath, string Name) : Rule(SamplePath);

    /// <summary>Accounts of these roles only (e.g. creating organizations: not providers, although they edit their own).</summary>
    private sealed record OnlyRoles(string SamplePath, params string[] Allowed) : Rule(SamplePath);

    // Offers and revisions (offers area): a page of one entry, made per role, answering 200 inside the
    // caller's scope and 403 outside it.
    private sealed record Scoped(string Name, Func<LotseAppFactory, string?, Task<ScopedSamples>> Samples) : Rule("");

    // Keyed by route template as in the route table.
    private static readonly Dictionary<string, Rule> RulesByRoute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["intern"] = new Permission("/intern/", Permissions.AccessBackOffice),
        ["intern/anmelden"] = new Public("/intern/anmelden"),
        ["intern/abmelden"] = new SignedIn("/intern/abmelden"),
        // Only after the right password (a pending two-factor sign-in); everyone else is sent to the login.
        ["intern/anmelden/code"] = new Public("/intern/anmelden/code", HttpStatusCode.Redirect),
        ["intern/konto/zwei-faktor"] = new SignedIn("/intern/konto/zwei-faktor"),
        // Own password change (Features/Accounts/ChangePassword): every signed-in account, like the second-factor set-up.
        ["intern/konto/passwort"] = new SignedIn("/intern/konto/passwort"),
        ["intern/konto/anmeldungen"] = new Permission("/intern/konto/anmeldungen", Permissions.AccessBackOffice),
        ["intern/fehler/{code:int}"] = new Public("/intern/fehler/404", HttpStatusCode.NotFound),
        // Offers and revisions (offers area).
        ["intern/angebote"] = new Permission("/intern/angebote", Permissions.AccessBackOffice),
        ["intern/angebote/neu"] = new Permission("/intern/angebote/neu", Permissions.EditOwnEntries),
        ["intern/angebote/{id:guid}"] = new Scoped(Permissions.AccessBackOffice, OffersAccessSamples.OfferAsync),
        ["intern/revisionen"] = new Permission("/intern/revisionen", Permissions.ReviewChanges),
        ["intern/revisionen/{id:guid}"] = new Scoped(Permissions.ReviewChanges, OffersAccessSamples.RevisionAsync),
        // Freshness loop (Features/Editorial/Freshness).
        ["intern/aktualitaet"] = new Permission("/intern/aktualitaet", Permissions.AccessBackOffice),
        ["intern/aktualitaet/{id:guid}/bestaetigen"] = new Scoped(Permissions.EditOwnEntries, (f, role) => OffersAccessSamples.OfferPageAsync(f, role, "/intern/aktualitaet/{0}/bestaetigen")),
        ["intern/erinnerungen"] = new Permission("/intern/erinnerungen", Permissions.ReviewChanges),
        // Suggestions from the portal: the queue, and one suggestion inside/outside the caller's scope.
        ["intern/vorschlaege"] = new Permission("/intern/vorschlaege", Permissions.EditOwnEntries),
        ["intern/vorschlaege/{id:guid}"] = new Scoped(Permissions.EditOwnEntries, OffersAccessSamples.SuggestionAsync),
        // History (versions, audit log) and personal data.
        ["intern/angebote/{id:guid}/versionen"] = new Scoped(Permissions.ReviewChanges, (f, role) => OffersAccessSamples.OfferPageAsync(f, role, "/intern/angebote/{0}/versionen")),
        ["intern/angebote/{id:guid}/versionen/vergleich"] = new Scoped(Permissions.ReviewChanges, (f, role) => OffersAccessSamples.OfferPageAsync(f, role, "/intern/angebote/{0}/versionen/vergleich?von=1&bis=1")),
        ["intern/protokoll"] = new Permission("/intern/protokoll", Permissions.ReviewChanges),
        ["intern/protokoll/export"] = new Permission("/intern/protokoll/export?format=csv", Permissions.ReviewChanges),
        ["intern/datenschutz"] = new Permission("/intern/datenschutz", Permissions.EditAllEntries),
        ["intern/datenschutz/{id:guid}"] = new Scoped(Permissions.EditAllEntries, OffersAccessSamples.ContactPersonAsync),
        // Directory pages (organizations, locations, contacts, terms).
        ["intern/organisationen"] = new Permission("/intern/organisationen", Permissions.AccessBackOffice),
        ["intern/organisationen/neu"] = new OnlyRoles("/intern/organisationen/neu", Roles.Administrator, Roles.CountyEditor, Roles.MunicipalityEditor),
        ["intern/organisationen/{id:guid}"] = new Scoped(Permissions.AccessBackOffice, DirectoryAccessSamples.OrganizationAsync),
        ["intern/orte"] = new Permission("/intern/orte", Permissions.AccessBackOffice),
        ["intern/orte/neu"] = new Permission("/intern/orte/neu", Permissions.EditOwnEntries),
        ["intern/orte/{id:guid}"] = new Scoped(Permissions.AccessBackOffice, DirectoryAccessSamples.LocationAsync),
        ["intern/kontakte"] = new Permission("/intern/kontakte", Permissions.EditOwnEntries),
        ["intern/kontakte/neu"] = new Permission("/intern/kontakte/neu", Permissions.EditOwnEntries),
        ["intern/kontakte/{id:guid}"] = new Scoped(Permissions.EditOwnEntries, DirectoryAccessSamples.ContactAsync),
        ["intern/begriffe"] = new Permission("/intern/begriffe", Permissions.ManageTaxonomies),
        ["intern/begriffe/neu"] = new Permission("/intern/begriffe/neu?taxonomie=topic", Permissions.ManageTaxonomies),
        ["intern/begriffe/{id:guid}"] = new Permission($"/intern/begriffe/{DirectoryAccessSamples.Term}", Permissions.ManageTaxonomies),
        ["intern/begriffe/{id:guid}/loeschen"] = new Permission($"/intern/begriffe/{DirectoryAccessSamples.Term}/loeschen", Permissions.ManageTaxonomies),
        // Spreadsheet import (Features/Editorial/SpreadsheetImport): upload, templates, and one upload of the caller's own / another account's.
        ["intern/import/tabelle"] = new Permission("/intern/import/tabelle", Permissions.EditOwnEntries),
        ["intern/import/tabelle/vorlage/{format}"] = new Permission("/intern/import/tabelle/vorlage/xlsx", Permissions.EditOwnEntries),
        ["intern/import/tabelle/{token}"] = new Scoped(Permissions.EditOwnEntries, SpreadsheetImportAccessSamples.UploadAsync),
        // Content translations of offers (Features/Editorial/Translations): scope as for the offer itself.
        ["intern/angebote/{id:guid}/uebersetzungen"] = new Scoped(Permissions.AccessBackOffice, (f, role) => OffersAccessSamples.OfferPageAsync(f, role, "/intern/angebote/{0}/uebersetzungen")),
        ["intern/angebote/{id:guid}/uebersetzungen/{culture}"] = new Scoped(Permissions.AccessBackOffice, (f, role) => OffersAccessSamples.OfferPageAsync(f, role, "/intern/angebote/{0}/uebersetzungen/tr")),
        // Accessibility feedback (Features/Editorial/AccessibilityFeedback): senders' e-mail addresses, county editors only.
        ["intern/barrierefreiheit"] = new Permission("/intern/barrierefreiheit", Permissions.EditAllEntries),
        // County levy, funding controlling, NRW overview (Features/Finance/Levy, Features/Finance/Controlling, Features/Overview/Nrw):
        // reading for the workbench, changing for its staff; a funding period is made per call (not scoped: no outside sample).
        ["intern/umlage"] = new Permission("/intern/umlage", Permissions.ViewWorkbench),
        ["intern/umlage/grundlagen"] = new Permission("/intern/umlage/grundlagen?jahr=2013", Permissions.ViewWorkbench),
        ["intern/umlage/import"] = new Permission("/intern/umlage/import", Permissions.ManageWorkbench),
        ["intern/controlling"] = new Permission("/intern/controlling", Permissions.ViewWorkbench),
        ["intern/controlling/neu"] = new Permission("/intern/controlling/neu", Permissions.ManageWorkbench),
        ["intern/controlling/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, _) => WorkbenchTestData.PeriodPageAsync(f, "/intern/controlling/{0}")),
        ["intern/controlling/{id:guid}/bearbeiten"] = new Scoped(Permissions.ManageWorkbench, (f, _) => WorkbenchTestData.PeriodPageAsync(f, "/intern/controlling/{0}/bearbeiten")),
        ["intern/controlling/{id:guid}/stellen"] = new Scoped(Permissions.ViewWorkbench, (f, _) => WorkbenchTestData.PeriodPageAsync(f, "/intern/controlling/{0}/stellen")),
        ["intern/controlling/{id:guid}/monat"] = new Scoped(Permissions.ViewWorkbench, (f, _) => WorkbenchTestData.PeriodPageAsync(f, "/intern/controlling/{0}/monat?monat=2014-03")),
        ["intern/controlling/{id:guid}/import"] = new Scoped(Permissions.ManageWorkbench, (f, _) => WorkbenchTestData.PeriodPageAsync(f, "/intern/controlling/{0}/import")),
        ["intern/controlling/{id:guid}/export"] = new Scoped(Permissions.ViewWorkbench, (f, _) => WorkbenchTestData.PeriodPageAsync(f, "/intern/controlling/{0}/export?format=csv")),
        ["intern/nrw"] = new Permission("/intern/nrw", Permissions.ViewWorkbench),
        ["intern/nrw/{id:guid}"] = new Permission($"/intern/nrw/{NrwStatusSeed.IdOf("Kreis Soest")}", Permissions.ViewWorkbench),
        // Concept, council decisions, participation and funding application (Features/Planning): read with ViewWorkbench.
        ["intern/konzept"] = new Permission("/intern/konzept", Permissions.ViewWorkbench),
        ["intern/konzept/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, PlanningAccessSamples.ConceptAsync),
        ["intern/konzept/{id:guid}/dokument"] = new Scoped(Permissions.ViewWorkbench, PlanningAccessSamples.ConceptDocumentAsync),
        ["intern/gremien"] = new Permission("/intern/gremien", Permissions.ViewWorkbench),
        ["intern/gremien/sitzungen/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, PlanningAccessSamples.SessionAsync),
        ["intern/beteiligung"] = new Permission("/intern/beteiligung", Permissions.ViewWorkbench),
        ["intern/antrag"] = new Permission("/intern/antrag", Permissions.ViewWorkbench),
        ["intern/antrag/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, PlanningAccessSamples.ApplicationAsync),
        ["intern/antrag/{id:guid}/dossier"] = new Scoped(Permissions.ViewWorkbench, PlanningAccessSamples.DossierAsync),
        ["intern/antrag/{id:guid}/dossier.pdf"] = new Scoped(Permissions.ViewWorkbench, PlanningAccessSamples.DossierPdfAsync),
        // Edit pages (branch editpages): motions, submissions, participation entries (Features/Planning); read with ViewWorkbench, no scope.
        ["intern/gremien/antraege/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, CouncilEditTestData.MotionSamplesAsync),
        ["intern/gremien/vorlagen/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, CouncilEditTestData.SubmissionSamplesAsync),
        ["intern/beteiligung/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, CouncilEditTestData.ParticipationSamplesAsync),
        // End of edit pages (branch editpages).
        // Costs and financing (Features/Finance/Costs): read with ViewWorkbench, change with ManageWorkbench; scenarios have no scope.
        ["intern/kosten"] = new Permission("/intern/kosten", Permissions.ViewWorkbench),
        ["intern/kosten/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, _) => CostsAccessSamples.ScenarioPageAsync(f, "/intern/kosten/{0}")),
        ["intern/kosten/{id:guid}/bearbeiten"] = new Scoped(Permissions.ManageWorkbench, (f, _) => CostsAccessSamples.ScenarioPageAsync(f, "/intern/kosten/{0}/bearbeiten")),
        ["intern/kosten/neu"] = new Permission("/intern/kosten/neu", Permissions.ManageWorkbench),
        ["intern/kosten/vergleich"] = new Scoped(Permissions.ViewWorkbench, (f, _) => CostsAccessSamples.ComparisonAsync(f)),
        ["intern/kosten/saetze"] = new Permission("/intern/kosten/saetze", Permissions.ViewWorkbench),
        ["intern/kosten/saetze/neu"] = new Permission("/intern/kosten/saetze/neu", Permissions.ManageWorkbench),
        ["intern/kosten/saetze/{id:guid}"] = new Permission(CostsAccessSamples.RateTable, Permissions.ManageWorkbench),
        ["intern/kosten/regelwerke"] = new Permission("/intern/kosten/regelwerke", Permissions.ViewWorkbench),
        ["intern/kosten/regelwerke/neu"] = new Permission("/intern/kosten/regelwerke/neu", Permissions.ManageWorkbench),
        ["intern/kosten/regelwerke/{id:guid}"] = new Permission(CostsAccessSamples.RuleSet, Permissions.ManageWorkbench),
        // Network of actors (Features/Network): read with ViewWorkbench, changed with ManageWorkbench; no scope, so no outside sample.
        ["intern/netzwerk"] = new Permission("/intern/netzwerk", Permissions.ViewWorkbench),
        ["intern/netzwerk/beziehungen/neu"] = new Permission("/intern/netzwerk/beziehungen/neu", Permissions.ManageWorkbench),
        ["intern/netzwerk/beziehungen/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, NetworkTestData.RelationAsync),
        ["intern/netzwerk/akteure/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, role) => NetworkTestData.ActorAsync(f, role, "/intern/netzwerk/akteure/{0}")),
        ["intern/netzwerk/akteure/{id:guid}/kontakte/neu"] = new Scoped(Permissions.ManageWorkbench, (f, role) => NetworkTestData.ActorAsync(f, role, "/intern/netzwerk/akteure/{0}/kontakte/neu")),
        ["intern/netzwerk/arbeitskreise"] = new Permission("/intern/netzwerk/arbeitskreise", Permissions.ViewWorkbench),
        ["intern/netzwerk/arbeitskreise/neu"] = new Permission("/intern/netzwerk/arbeitskreise/neu", Permissions.ManageWorkbench),
        ["intern/netzwerk/arbeitskreise/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, role) => NetworkTestData.GroupAsync(f, role, "/intern/netzwerk/arbeitskreise/{0}")),
        ["intern/netzwerk/arbeitskreise/{id:guid}/mitglieder"] = new Scoped(Permissions.ViewWorkbench, (f, role) => NetworkTestData.GroupAsync(f, role, "/intern/netzwerk/arbeitskreise/{0}/mitglieder")),
        ["intern/netzwerk/arbeitskreise/{id:guid}/sitzungen/neu"] = new Scoped(Permissions.ManageWorkbench, (f, role) => NetworkTestData.GroupAsync(f, role, "/intern/netzwerk/arbeitskreise/{0}/sitzungen/neu")),
        ["intern/netzwerk/arbeitskreise/{id:guid}/aufgaben/neu"] = new Scoped(Permissions.ManageWorkbench, (f, role) => NetworkTestData.GroupAsync(f, role, "/intern/netzwerk/arbeitskreise/{0}/aufgaben/neu")),
        ["intern/netzwerk/sitzungen/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, role) => NetworkTestData.GroupAsync(f, role, "/intern/netzwerk/sitzungen/{1}")),
        ["intern/netzwerk/aufgaben/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, role) => NetworkTestData.GroupAsync(f, role, "/intern/netzwerk/aufgaben/{2}")),
        // Inventory survey (Features/Inventory/Survey): KIZ pages read with ViewWorkbench, changed with ManageWorkbench;
        // a municipality's questionnaire with AnswerSurvey inside the caller's municipalities.
        ["intern/bestandsaufnahme"] = new Permission("/intern/bestandsaufnahme", Permissions.ViewWorkbench),
        ["intern/bestandsaufnahme/meine"] = new Permission("/intern/bestandsaufnahme/meine", Permissions.AnswerSurvey),
        ["intern/bestandsaufnahme/vergleich"] = new Permission("/intern/bestandsaufnahme/vergleich", Permissions.ViewWorkbench),
        ["intern/bestandsaufnahme/runden/neu"] = new Permission("/intern/bestandsaufnahme/runden/neu", Permissions.ManageWorkbench),
        ["intern/bestandsaufnahme/runden/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, _) => SurveyAccessSamples.RoundPageAsync(f, "/intern/bestandsaufnahme/runden/{0}")),
        ["intern/bestandsaufnahme/runden/{id:guid}/auswertung"] = new Scoped(Permissions.ViewWorkbench, (f, _) => SurveyAccessSamples.RoundPageAsync(f, "/intern/bestandsaufnahme/runden/{0}/auswertung")),
        ["intern/bestandsaufnahme/runden/{id:guid}/kommunen/{municipalityId:guid}"] = new Scoped(Permissions.AnswerSurvey, SurveyAccessSamples.AnswerAsync),
        // Survey templates (Features/Inventory/Survey, template editor): read with ViewWorkbench, changed with ManageWorkbench.
        ["intern/bestandsaufnahme/vorlagen"] = new Permission("/intern/bestandsaufnahme/vorlagen", Permissions.ViewWorkbench),
        ["intern/bestandsaufnahme/vorlagen/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, _) => SurveyTemplateAccessSamples.TemplateAsync(f)),
        ["intern/bestandsaufnahme/vorlagen/{id:guid}/fragen/{questionId:guid}"] = new Scoped(Permissions.ViewWorkbench, (f, _) => SurveyTemplateAccessSamples.QuestionAsync(f)),
        // (end survey templates)
        // KIZ workbench: work plan (Features/Planning/WorkPlan), overlap and coverage (Features/Inventory/Overlap, Coverage).
        ["intern/massnahmen"] = new Permission("/intern/massnahmen", Permissions.ViewWorkbench),
        ["intern/massnahmen/neu"] = new Permission("/intern/massnahmen/neu?vorlage=rucksack-kita", Permissions.ManageWorkbench),
        ["intern/massnahmen/{id:guid}"] = new Scoped(Permissions.ViewWorkbench, Lotse.Tests.Planning.WorkPlan.WorkPlanTestData.MeasureSamplesAsync),
        ["intern/ueberschneidungen"] = new Permission("/intern/ueberschneidungen?pruefen=1&thema=sprache&zielgruppe=frauen&kommune=05382068", Permissions.ViewWorkbench),
        ["intern/abdeckung"] = new Permission("/intern/abdeckung?ansicht=sprache", Permissions.ViewWorkbench),
        ["intern/abdeckung/export"] = new Permission("/intern/abdeckung/export?ansicht=thema&format=csv", Permissions.ViewWorkbench),
    };

    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_back_office_route_answers_each_caller_as_its_rule_says()
    {
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .Where(r => r.Equals("intern", StringComparison.OrdinalIgnoreCase) || r.StartsWith("intern/", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        Assert.Contains("intern", routes);
        var unruled = routes.Where(r => !RulesByRoute.ContainsKey(r)).ToList();
        Assert.True(unruled.Count == 0, $"Back-office routes without a rule in the access matrix: {string.Join(", ", unruled)}");

        var callers = new List<(string Name, string? Role, HttpClient Client)> { ("anonym", null, AccountsTestData.CreateClient(_factory)) };
        callers.Add(("ohne Rolle", null, await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, role: null))));
        foreach (var role in Roles.All)
            callers.Add((role, role, await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, role))));

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var rule = RulesByRoute[route];
            foreach (var (name, role, client) in callers)
            {
                var anonymous = name == "anonym";
                var expected = rule switch
                {
                    Public p => p.Status,
                    _ when anonymous => HttpStatusCode.Redirect,
                    SignedIn => HttpStatusCode.OK,
                    Permission p => role is not null && Permissions.RolesWith(p.Name).Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
                    OnlyRoles o => role is not null && o.Allowed.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
                    Scoped s => role is not null && Permissions.RolesWith(s.Name).Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
                    _ => throw new InvalidOperationException(rule.ToString()),
                };
                var samplePath = rule.SamplePath;
                if (rule is Scoped scoped)
                {
                    var samples = await scoped.Samples(_factory, role);
                    samplePath = samples.Inside;
                    if (expected == HttpStatusCode.OK && samples.Outside is not null && await client.GetAsync(samples.Outside) is { StatusCode: not HttpStatusCode.Forbidden } outside)
                        failures.Add($"{route} outside the scope of {name}: {(int)outside.StatusCode}, expected 403");
                }
                var response = await client.GetAsync(samplePath);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{samplePath} as {name}: {(int)response.StatusCode}, expected {(int)expected}");
                    continue;
                }
                var location = response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal);
                var loginPage = rule is Public ? AccountPaths.Login : $"{AccountPaths.Login}?ReturnUrl=";
                if (expected == HttpStatusCode.Redirect && location?.StartsWith(loginPage, StringComparison.Ordinal) != true)
                    failures.Add($"{samplePath} as {name}: redirected to {response.Headers.Location}, expected the login page");
                if (expected == HttpStatusCode.Forbidden && !(await response.Content.ReadAsStringAsync()).Contains("Kein Zugriff", StringComparison.Ordinal))
                    failures.Add($"{samplePath} as {name}: 403 without the German page");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
