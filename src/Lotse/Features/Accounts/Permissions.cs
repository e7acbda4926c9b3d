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

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByRole = new Dictionary<string, IReadOnlyList<string>>
    {
        [Roles.Administrator] = [AccessBackOffice, EditAllEntries, EditOwnEntries, ReviewChanges, ManageTaxonomies, ManageAccounts],
        [Roles.CountyEditor] = [AccessBackOffice, EditAllEntries, EditOwnEntries, ReviewChanges, ManageTaxonomies],
        [Roles.MunicipalityEditor] = [AccessBackOffice, EditOwnEntries, ReviewChanges],
        [Roles.Provider] = [AccessBackOffice, EditOwnEntries],
        [Roles.Reader] = [AccessBackOffice],
    };

    public static IEnumerable<string> All => ByRole.Values.SelectMany(p => p).Distinct();

    public static IEnumerable<string> RolesWith(string permission) =>
        ByRole.Where(r => r.Value.Contains(permission)).Select(r => r.Key);
}
