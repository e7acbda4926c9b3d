using System.Security.Cryptography;
using System.Text;

namespace Lotse.Features.Directory;

/// <summary>
/// Name-based ids (RFC 4122 version 5 style) so that seeded reference and demo rows get the
/// same id in every installation: exports and imports of the demo data stay comparable.
/// </summary>
public static class StableId
{
    public static Guid From(string kind, string key)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"lotse:{kind}:{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
