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

    [Fact]
    public void Every_KERN_class_used_by_a_page_is_in_the_stylesheet_that_page_gets()
    {
        var kern = ClassesIn(Path.Combine(Root, "tools", "kern-css", "kern.min.css"));
        var portal = ClassesIn(Path.Combine(App, "wwwroot", "vendor", "kern-ux", "kern.portal.css"));
        var intern = ClassesIn(Path.Combine(App, "wwwroot", "vendor", "kern-ux", "kern.intern.css"));
        Assert.NotEmpty(portal);

        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(App, "Features"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var backOffice = file.Contains($"{Path.DirectorySeparatorChar}Editorial{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            foreach (Match word in KernWord().Matches(File.ReadAllText(file)))
            {
                var name = word.Value;
                if (!kern.Contains(name) || portal.Contains(name) || (backOffice && intern.Contains(name)))
                    continue;
                missing.Add($"{Path.GetRelativePath(App, file)}: {name}");
            }
        }
        Assert.True(missing.Count == 0,
            "KERN-UX classes missing from the served stylesheet; run `npm ci && npm run build` in tools/kern-css:\n" +
            string.Join("\n", missing.Distinct()));
    }

    [Fact]
    public void The_portal_stylesheet_is_a_fraction_of_the_full_KERN_file()
    {
        var full = new FileInfo(Path.Combine(Root, "tools", "kern-css", "kern.min.css")).Length;
        var portal = new FileInfo(Path.Combine(App, "wwwroot", "vendor", "kern-ux", "kern.portal.css")).Length;
        Assert.True(portal < full / 4, $"kern.portal.css has {portal} bytes of {full}");
    }

    private static HashSet<string> ClassesIn(string cssFile) =>
        CssClass().Matches(File.ReadAllText(cssFile)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

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
}
