using Lotse.Features.Accounts;

namespace Lotse.Features.Editorial;

/// <summary>The back office's areas, in menu order; each shown only to accounts with its permission.</summary>
public static class BackOfficeNavigation
{
    /// <param name="Group">The menu section: <see cref="Directory"/> or <see cref="Workbench"/>.</param>
    public sealed record Item(string Path, string TextKey, string Permission, string Group = Directory);

    public const string Directory = "Nav.Group.Directory";
    public const string Workbench = "Nav.Group.Workbench";

    public static readonly IReadOnlyList<Item> Items =
    [
        new("/intern", "Nav.Start", Permissions.AccessBackOffice),
        new("/intern/angebote", "Nav.Offers", Permissions.AccessBackOffice),
        new("/intern/import/tabelle", "Nav.SpreadsheetImport", Permissions.EditOwnEntries),
        new("/intern/revisionen", "Nav.Revisions", Permissions.ReviewChanges),
        new("/intern/vorschlaege", "Nav.Suggestions", Permissions.EditOwnEntries),
        new("/intern/aktualitaet", "Nav.Freshness", Permissions.AccessBackOffice),
        new("/intern/organisationen", "Nav.Organizations", Permissions.AccessBackOffice),
        new("/intern/orte", "Nav.Locations", Permissions.AccessBackOffice),
        new("/intern/kontakte", "Nav.Contacts", Permissions.EditOwnEntries),
        new("/intern/begriffe", "Nav.Terms", Permissions.ManageTaxonomies),
        new("/intern/protokoll", "Nav.AuditLog", Permissions.ReviewChanges),
        new("/intern/erinnerungen", "Nav.Reminders", Permissions.ReviewChanges),
        new("/intern/datenschutz", "Nav.PersonalData", Permissions.EditAllEntries),
        new("/intern/barrierefreiheit", "Nav.AccessibilityFeedback", Permissions.EditAllEntries),
        // The KIZ workbench (P7–P12), in the order of the work: network, survey, concept and plan, money, overview.
        new("/intern/netzwerk", "Nav.Network", Permissions.ViewWorkbench, Workbench),
        new("/intern/bestandsaufnahme", "Nav.Survey", Permissions.ViewWorkbench, Workbench),
        new("/intern/bestandsaufnahme/meine", "Nav.SurveyAnswer", Permissions.AnswerSurvey, Workbench),
        new("/intern/ueberschneidungen", "Nav.Overlap", Permissions.ViewWorkbench, Workbench),
        new("/intern/abdeckung", "Nav.Coverage", Permissions.ViewWorkbench, Workbench),
        new("/intern/konzept", "Nav.Concept", Permissions.ViewWorkbench, Workbench),
        new("/intern/massnahmen", "Nav.WorkPlan", Permissions.ViewWorkbench, Workbench),
        new("/intern/beteiligung", "Nav.Participation", Permissions.ViewWorkbench, Workbench),
        new("/intern/gremien", "Nav.Council", Permissions.ViewWorkbench, Workbench),
        new("/intern/antrag", "Nav.FundingApplication", Permissions.ViewWorkbench, Workbench),
        new("/intern/kosten", "Nav.Costs", Permissions.ViewWorkbench, Workbench),
        new("/intern/umlage", "Nav.Levy", Permissions.ViewWorkbench, Workbench),
        new("/intern/controlling", "Nav.Controlling", Permissions.ViewWorkbench, Workbench),
        new("/intern/nrw", "Nav.Nrw", Permissions.ViewWorkbench, Workbench),
    ];
}
