using System.Diagnostics;

namespace Lotse.Tests.Faults.Infra;

/// <summary>
/// A small tmpfs mounted as a data folder (root only), so that a test can fill it up; unmounted on dispose.
/// Without root or mount the test is skipped, except under CI=true, where it fails.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine("/tmp", "lotse-smalldisk-" + Guid.NewGuid().ToString("N"));
    private bool _mounted;

    public SmallDisk(int megabytes)
    {
        System.IO.Directory.CreateDirectory(Path);
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", Path);
        _mounted = code == 0;
        if (!_mounted)
        {
            var reason = $"a {megabytes} MB tmpfs could not be mounted (needs root): {error.Trim()}";
            if (FaultReport.IsCi)
                throw new InvalidOperationException("CI=true requires the disk-full test to run: " + reason);
            Skip.If(true, "Disk-full test skipped: " + reason);
        }
    }

    private string FillerPath => System.IO.Path.Combine(Path, "filler.bin");

    /// <summary>Writes a file until the disk is full, down to the last page.</summary>
    public long Fill()
    {
        long written = 0;
        using var stream = new FileStream(FillerPath, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 1);
        foreach (var size in new[] { 1 << 20, 64 << 10, 4 << 10, 512, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    stream.Write(chunk);
                    stream.Flush();
                    written += size;
                }
            }
            catch (IOException)
            {
                // ENOSPC: on to smaller chunks.
            }
        }
        return written;
    }

    public void Free() => File.Delete(FillerPath);

    public void Dispose()
    {
        if (_mounted && Run("umount", Path).Code != 0)
            Run("umount", "-l", Path);
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int Code, string Error) Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in args)
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
