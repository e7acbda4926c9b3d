namespace Lotse.Features.Accounts;

/// <summary>
/// The setting <c>Lotse:Accounts:PasswordPepper</c>: the password pepper as base64 of at least 32 bytes, for an operator
/// who keeps it in a secret store rather than in the data folder. Absent: Lotse keeps it in
/// <c>keys/password-pepper.key</c> (<see cref="PasswordPepper"/>). Present but unusable (not base64, too short, empty)
/// stops the start: falling back to the file would make every stored password fail without a word.
/// </summary>
public sealed class PasswordPepperOptions
{
    public const string Section = "Lotse:Accounts";
    public const string SettingKey = Section + ":" + nameof(PasswordPepper);
    public const int MinimumBytes = 32;

    public const string InvalidMessage =
        SettingKey + " must be base64 of at least 32 random bytes (for example the output of `openssl rand -base64 32`). " +
        "Leave it unset to let Lotse keep the pepper in the data folder (keys/password-pepper.key).";

    public string? PasswordPepper { get; set; }

    /// <summary>The key from its base64 text; null when the text is not base64 or holds fewer than <see cref="MinimumBytes"/> bytes.</summary>
    public static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
            return null;
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), bytes, out var length) && length >= MinimumBytes ? bytes[..length] : null;
    }
}
