using System.Net;

namespace Lotse.Features.Operations;

/// <summary>
/// ASVS 9.2.2: connections to the database and the mail server are encrypted unless they stay on this machine
/// (a local relay or a Unix socket), where there is no network to listen on.
/// </summary>
public static class BackendTransport
{
    public static bool IsLocal(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
            return true;
        var name = host.Trim();
        if (name.StartsWith('/') || name.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
