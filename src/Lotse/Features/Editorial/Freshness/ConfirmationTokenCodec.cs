using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>Creates personal-link tokens (32 random bytes, base64url) and the hash under which they are stored.</summary>
public static partial class ConfirmationTokenCodec
{
    /// <summary>What a sent mail keeps in place of its link's token.</summary>
    public const string RemovedToken = "[nach dem Versand entfernt]";

    private const int TokenBytes = 32;
    private const int TokenLength = 43;   // base64url of 32 bytes, without padding

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>The stored hash of a token from a link, or null when the text cannot be a token at all.</summary>
    public static string? HashOf(string? token)
    {
        if (token is not { Length: TokenLength } || !token.All(IsBase64UrlChar))
            return null;
        Span<byte> bytes = stackalloc byte[TokenBytes];
        if (!Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != TokenBytes)
            return null;
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// The text with the token of every confirmation link replaced. Once a mail is sent, its stored copy needs
    /// no working link: anyone reading the back office's mail list could otherwise confirm in the owner's name.
    /// </summary>
    public static string WithoutTokens(string text) => LinkToken().Replace(text, "$1" + RemovedToken);

    [GeneratedRegex(@"(/bestaetigen/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex LinkToken();
}
