using System.IO.Compression;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// The files of a CSV datapackage, from a folder or a .zip, by name relative to the folder that holds
/// datapackage.json. A .zip is checked against the limits before anything is unpacked, and every
/// entry is read with a byte counter, because the sizes a .zip declares can lie (zip bombs).
/// </summary>
public sealed class PackageFiles
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Names => _files.Keys;

    public bool Contains(string name) => _files.ContainsKey(name);

    public Stream Open(string name) => new MemoryStream(_files[name], writable: false);

    /// <summary>The CSV and JSON files of a folder (not its subfolders); null after reporting why not.</summary>
    public static PackageFiles? FromFolder(string folder, HsdsImportLimits limits, ImportReport report)
    {
        var files = new PackageFiles();
        foreach (var path in System.IO.Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!IsPackageFile(name))
                continue;
            var length = new FileInfo(path).Length;
            if (length > limits.MaxFileBytes)
            {
                report.Error(name, null, null, $"Die Datei ist zu groß ({Megabytes(length)}; erlaubt sind höchstens {Megabytes(limits.MaxFileBytes)}).");
                return null;
            }
            files._files[name] = File.ReadAllBytes(path);
        }
        return files;
    }

    /// <summary>The package inside a .zip (at its top level or in one folder); null after reporting why not.</summary>
    public static PackageFiles? FromZip(string zipPath, HsdsImportLimits limits, ImportReport report)
    {
        var zipName = Path.GetFileName(zipPath);
        if (new FileInfo(zipPath).Length > limits.MaxFileBytes)
        {
            report.Error(zipName, null, null, $"Die ZIP-Datei ist zu groß (erlaubt sind höchstens {Megabytes(limits.MaxFileBytes)}).");
            return null;
        }
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                report.Error(zipName, null, null, $"Die ZIP-Datei enthält {archive.Entries.Count} Einträge; erlaubt sind höchstens {limits.MaxZipEntries}.");
                return null;
            }
            var declared = archive.Entries.Sum(e => e.Length);
            if (declared > limits.MaxUnpackedBytes)
            {
                report.Error(zipName, null, null, $"Die ZIP-Datei würde ausgepackt {Megabytes(declared)} groß; erlaubt sind höchstens {Megabytes(limits.MaxUnpackedBytes)}.");
                return null;
            }
            var root = archive.Entries
                .Where(e => string.Equals(Path.GetFileName(e.FullName), "datapackage.json", StringComparison.OrdinalIgnoreCase))
                .Select(e => e.FullName[..^"datapackage.json".Length])
                .OrderBy(p => p.Length)
                .FirstOrDefault() ?? "";
            var files = new PackageFiles();
            long unpacked = 0;
            foreach (var entry in archive.Entries)
            {
                if (!entry.FullName.StartsWith(root, StringComparison.Ordinal))
                    continue;
                var name = entry.FullName[root.Length..];
                if (name.Contains('/', StringComparison.Ordinal) || !IsPackageFile(name))
                    continue;
                var budget = Math.Min(limits.MaxFileBytes, limits.MaxUnpackedBytes - unpacked);
                var bytes = ReadBounded(entry, budget);
                if (bytes is null)
                {
                    report.Error(zipName, null, null, $"Der Eintrag „{name}“ ist ausgepackt größer als erlaubt ({Megabytes(budget)}); die ZIP-Datei wird nicht gelesen.");
                    return null;
                }
                unpacked += bytes.Length;
                files._files[name] = bytes;
            }
            return files;
        }
        catch (InvalidDataException)
        {
            report.Error(zipName, null, null, "Die Datei ist keine lesbare ZIP-Datei.");
            return null;
        }
    }

    private static byte[]? ReadBounded(ZipArchiveEntry entry, long budget)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > budget)
                return null;
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }

    private static bool IsPackageFile(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    internal static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.GetCultureInfo("de-DE"), $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
