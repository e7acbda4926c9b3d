using System.Buffers.Text;
using System.Security.Cryptography;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>Creates personal-link tokens (32 random bytes, base64url) and the hash under which they are stored.</summary>
public static class ConfirmationTokenCodec
{
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
}
