using System.Runtime.CompilerServices;

namespace Lotse.Tests.Infrastructure;

/// <summary>
/// The test run hosts dozens of apps at once. Each would watch its configuration files through inotify, and
/// Linux allows 128 inotify instances per user: past that, a host fails with an IOException. Tests never
/// change configuration files, so their hosts do not watch them.
/// </summary>
internal static class TestProcessSettings
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        // Any other file watcher (static files, Razor) polls instead of taking an inotify instance.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
