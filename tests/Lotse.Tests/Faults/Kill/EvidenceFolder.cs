using Xunit.Abstractions;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// The temp folder of one fault run. Deleted when the run passed; kept when it failed, because its database is
/// the evidence (to open with sqlite3).
/// </summary>
internal sealed class EvidenceFolder(string name)
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lotse-tests", $"{name}-{Guid.NewGuid():N}");

    public bool Passed { get; set; }

    public void Close(ITestOutputHelper output)
    {
        if (!Passed)
        {
            output.WriteLine($"data folder kept: {Path}");
            return;
        }
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is no test failure
        }
    }
}
