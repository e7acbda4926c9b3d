using System.Text.RegularExpressions;

namespace Lotse.Tests.Operations;

/// <summary>
/// The app serves KERN-UX reduced to the classes its pages use (tools/kern-css). A page that starts using
/// another KERN-UX class must come with a rebuilt stylesheet, or it would look broken without any error.
/// </summary>
public sealed partial class StylesheetTests
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string App = Path.Combine(Root, "src", "Lotse");
    private static readonly string Served = Path.Combine(App, "wwwroot", "vendor", "kern-ux");

    [Theory]
    [InlineData("kern.portal.css", new[] { "Features/Portal", "Features/Shared/*", "Features/Accounts", "Features/OpenData", "wwwroot/js/lotse.js" })]
    [InlineData("kern.intern.css", new[] { "Features/Editorial", "Features/Network", "Features/Inventory", "Features/Planning", "Features/Finance",
        "Features/Overview", "Features/Shared/Reports", "wwwroot/js/netzwerk.js" })]
    public void Every_KERN_rule_that_matches_classes_of_the_pages_is_served(string stylesheet, string[] folders)
    {
        // As tools/kern-css/build.mjs: "Folder/*" is the folder's own files, a path with an extension one file.
        var used = folders
            .SelectMany(f => f.EndsWith("/*", StringComparison.Ordinal)
                ? Directory.EnumerateFiles(Path.Combine(App, f[..^2]), "*.*", SearchOption.TopDirectoryOnly)
                : File.Exists(Path.Combine(App, f)) ? [Path.Combine(App, f)]
                : Directory.EnumerateFiles(Path.Combine(App, f), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .SelectMany(f => KernWord().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        // Back-office pages get both stylesheets.
        var served = ClassesIn(File.ReadAllText(Path.Combine(Served, stylesheet)));
        served.UnionWith(ClassesIn(File.ReadAllText(Path.Combine(Served, "kern.portal.css"))));

        // A rule of the full KERN-UX file applies when every class in its selector occurs in the pages.
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match rule in SelectorList().Matches(File.ReadAllText(Path.Combine(Root, "tools", "kern-css", "kern.min.css"))))
        {
            foreach (var selector in rule.Groups[1].Value.Split(','))
            {
                var classes = ClassesIn(selector);
                if (classes.Count > 0 && classes.All(used.Contains))
                    missing.UnionWith(classes.Where(c => !served.Contains(c)));
            }
        }
        Assert.True(missing.Count == 0,
            $"KERN-UX classes used by the pages but missing from {stylesheet}; run `npm ci && npm run build` in tools/kern-css: " +
            string.Join(", ", missing));
    }

    [Fact]
    public void The_portal_stylesheet_is_a_fraction_of_the_full_KERN_file()
    {
        var full = new FileInfo(Path.Combine(Root, "tools", "kern-css", "kern.min.css")).Length;
        var portal = new FileInfo(Path.Combine(Served, "kern.portal.css")).Length;
        Assert.True(portal < full / 4, $"kern.portal.css has {portal} bytes of {full}");
    }

    private static HashSet<string> ClassesIn(string css) =>
        CssClass().Matches(css).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Lotse.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.(kern-[A-Za-z0-9_-]+)")]
    private static partial Regex CssClass();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])kern-[A-Za-z0-9_-]*[A-Za-z0-9]")]
    private static partial Regex KernWord();

    // The selector list in front of a declaration block (at-rule preludes hold no KERN classes).
    [GeneratedRegex(@"([^{}]+)\{")]
    private static partial Regex SelectorList();
}
