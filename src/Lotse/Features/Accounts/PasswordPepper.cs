using System.Security.Cryptography;
using System.Text;
using Lotse.Features.Operations;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Accounts;

/// <summary>
/// The secret key mixed into every password before Identity hashes it (OWASP ASVS 4.0 V2.4.5), kept apart from the
/// database so that a stolen database or backup of it alone does not allow guessing passwords. From the setting
/// <see cref="PasswordPepperOptions.SettingKey"/>, or else from <c>keys/password-pepper.key</c> in the data folder, next
/// to the Data Protection keys: created at the first start with 32 random bytes (base64, the setting's format), readable
/// by the service account only, never logged. Lost, it makes every stored password fail: it belongs in the backup.
/// </summary>
public sealed class PasswordPepper
{
    public const string FileName = "password-pepper.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly byte[] _key;

    public PasswordPepper(IOptions<PasswordPepperOptions> options, IOptions<LotseOptions> lotse, ILogger<PasswordPepper> log)
    {
        // Value runs the options validation: a configured but unusable pepper throws here with the setting's name.
        _key = options.Value.PasswordPepper is { } configured
            ? PasswordPepperOptions.Decode(configured)!
            : LoadOrCreate(Path.Combine(DataProtectionKeys.Folder(lotse.Value).FullName, FileName), log);
    }

    /// <summary>HMAC-SHA256 of the UTF-8 password under the pepper, as base64: what Identity hashes instead of the password.</summary>
    public string Apply(string password) => Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(password)));

    private static byte[] LoadOrCreate(string path, ILogger log)
    {
        if (!File.Exists(path) && TryCreate(path))
            log.LogWarning("Lotse created a new password pepper in {Path}. Back it up together with the database: without it no stored password can be checked.", path);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, OwnerOnly);   // also after a restore or a copy by hand
        return PasswordPepperOptions.Decode(File.ReadAllText(path))
            ?? throw new InvalidOperationException(
                $"The password pepper file {path} is damaged (not base64 of at least {PasswordPepperOptions.MinimumBytes} bytes). " +
                "Restore it from the backup; deleting it makes Lotse create a new one, and then no stored password works any more.");
    }

    /// <summary>Written under a temporary name and renamed when complete; false when another process was first.</summary>
    private static bool TryCreate(string path)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;   // never readable by others, not even for a moment
        using (var stream = new FileStream(partial, options))
        {
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(PasswordPepperOptions.MinimumBytes))));
            stream.Flush(flushToDisk: true);
        }
        try
        {
            File.Move(partial, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(partial);
            return false;
        }
    }
}

/// <summary>Loads (or creates) the pepper when the host starts, so that an unreadable file stops the start, not the first sign-in.</summary>
internal sealed class PasswordPepperStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<PasswordPepper>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
