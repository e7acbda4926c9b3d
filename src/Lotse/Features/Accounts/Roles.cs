namespace Lotse.Features.Accounts;

/// <summary>The back-office roles. Their names are stored as data (AspNetRoles) and seeded at start.</summary>
public static class Roles
{
    /// <summary>The KIZ: everything, including accounts.</summary>
    public const string Administrator = "Administrator";

    /// <summary>County editors: all entries.</summary>
    public const string CountyEditor = "Redaktion Kreis";

    /// <summary>Municipal editors: entries of their municipalities (<see cref="UserMunicipality"/>).</summary>
    public const string MunicipalityEditor = "Redaktion Kommune";

    /// <summary>Providers: entries of their own organizations (<see cref="UserOrganization"/>).</summary>
    public const string Provider = "Träger";

    /// <summary>Read-only access to the back office.</summary>
    public const string Reader = "Lesend";

    public static readonly IReadOnlyList<string> All = [Administrator, CountyEditor, MunicipalityEditor, Provider, Reader];
}
