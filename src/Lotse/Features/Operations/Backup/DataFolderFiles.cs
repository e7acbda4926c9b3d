namespace Lotse.Features.Operations.Backup;

/// <summary>
/// The files of the data folder that belong in a backup: the sub-folders holding uploaded documents and the like.
/// Left out are files at the top (the SQLite files — the database is dumped consistently instead — and whatever an
/// operator puts there, such as earlier backups), the search index (rebuilt from the database), pending
/// spreadsheet previews (short-lived) and temporary files.
/// </summary>
public static class DataFolderFiles
{
    private static readonly string[] ExcludedFolders = ["index", "imports"];

    public static IReadOnlyList<string> List(string dataDirectory)
    {
        if (!System.IO.Directory.Exists(dataDirectory))
            return [];
        return System.IO.Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(dataDirectory, path).Replace('\\', '/'))
            .Where(Included)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static bool Included(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length < 2 || ExcludedFolders.Contains(parts[0], StringComparer.Ordinal))
            return false;
        return !parts.Any(p => p is "." or "..") && !relativePath.EndsWith(".tmp", StringComparison.Ordinal);
    }
}
