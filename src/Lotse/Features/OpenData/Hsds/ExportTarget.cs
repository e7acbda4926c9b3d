namespace Lotse.Features.OpenData.Hsds;

/// <summary>Checks before an export that its folder can be written, so that a mistake costs no half-written files.</summary>
public static class ExportTarget
{
    /// <summary>Null when <paramref name="folder"/> exists or was created and takes a file; else why not, in German.</summary>
    public static string? CheckFolder(string folder)
    {
        try
        {
            if (File.Exists(folder))
                return "es ist eine Datei";
            System.IO.Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".lotse-schreibtest-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "keine Schreibrechte";
        }
        catch (IOException ex)
        {
            return ex.Message;
        }
    }
}
