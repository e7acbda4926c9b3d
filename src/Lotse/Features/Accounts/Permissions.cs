namespace Lotse.Features.Accounts;

/// <summary>
/// Named permissions and the one place where they are granted to roles. Each permission is also an
/// authorization policy of the same name (<c>[Authorize(Policy = Permissions.X)]</c>). Scoped roles
/// get a permission only for their own entries; the scope is checked inside each query.
/// </summary>
public static class Permissions
{
    public const string AccessBackOffice = "BackOffice.Access";
    public const string EditAllEntries = "Directory.EditAll";
    public const string EditOwnEntries = "Directory.EditOwn";
    public const string ReviewChanges = "Directory.Review";
    public const string ManageTaxonomies = "Taxonomies.Manage";
    public const string ManageAccounts = "Accounts.Manage";
    /// <summary>Read the KIZ workbench: network, survey results, concept, work plan, costs, controlling.</summary>
    public const string ViewWorkbench = "Workbench.View";
    /// <summary>Change the KIZ workbench (the KIZ's own staff).</summary>
    public const string ManageWorkbench = "Workbench.Manage";
    /// <summary>Answer the inventory survey for one's own municipalities (scope checked in the handler).</summary>
    public const string AnswerSurvey = "Survey.Answer";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Administrator] = [AccessBackOffice, EditAllEntries, EditOwnEntries, ReviewChanges, ManageTaxonomies, ManageAccounts, ViewWorkbench, ManageWorkbench, AnswerSurvey],
        [Roles.CountyEditor] = [AccessBackOffice, EditAllEntries, EditOwnEntries, ReviewChanges, ManageTaxonomies, ViewWorkbench, ManageWorkbench, AnswerSurvey],
        [Roles.MunicipalityEditor] = [AccessBackOffice, EditOwnEntries, ReviewChanges, AnswerSurvey],
        [Roles.Provider] = [AccessBackOffice, EditOwnEntries],
        [Roles.Reader] = [AccessBackOffice, ViewWorkbench],
    };

    public static IEnumerable<string> All => ByRole.Values.SelectMany(p => p).Distinct();

    public static IEnumerable<string> RolesWith(string permission) =>
        ByRole.Where(r => r.Value.Contains(permission)).Select(r => r.Key);
}
