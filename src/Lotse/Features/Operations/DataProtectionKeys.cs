using Lotse.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Operations;

/// <summary>
/// The keys that protect the sign-in and antiforgery cookies live in the data folder (<c>keys/</c>), next to the
/// database they belong to: sessions survive a restart or a replaced container, and backups carry them. The folder
/// is created readable by the service account only (ASVS 1.6.1).
/// </summary>
public static class DataProtectionKeys
{
    public static IServiceCollection AddDataProtectionKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Lotse");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<LotseOptions>, ILoggerFactory>((options, lotse, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(Folder(lotse.Value), logging));
        return services;
    }

    /// <summary>The data folder's <c>keys/</c>, created if missing and (again) made readable by the service account only.</summary>
    public static DirectoryInfo Folder(LotseOptions lotse)
    {
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(lotse.ResolvedDataDirectory, "keys"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }
}
