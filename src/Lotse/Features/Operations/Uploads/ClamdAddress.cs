using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Lotse.Features.Operations;

namespace Lotse.Features.Operations.Uploads;

/// <summary>
/// Where clamd listens: a TCP port on this machine or a Unix socket. clamd has no TLS, so a host elsewhere is
/// refused (the transport rule of <see cref="BackendTransport"/>): the files would cross the network in clear.
/// </summary>
public sealed record ClamdAddress(string? Host, int Port, string? SocketPath)
{
    private const string UnixPrefix = "unix:";

    public EndPoint EndPoint => SocketPath is not null
        ? new UnixDomainSocketEndPoint(SocketPath)
        : IPAddress.TryParse(Host, out var address) ? new IPEndPoint(address, Port) : new DnsEndPoint(Host!, Port);

    public override string ToString() => SocketPath is not null
        ? UnixPrefix + SocketPath
        : (Host!.Contains(':') ? $"[{Host}]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>The address, or null and why not (in English, for the operator's start-up message).</summary>
    public static ClamdAddress? Parse(string value, out string? error)
    {
        error = null;
        var text = value.Trim();
        if (text.StartsWith(UnixPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var path = text[UnixPrefix.Length..];
            if (path.StartsWith('/'))
                return new ClamdAddress(null, 0, path);
            error = "a Unix socket needs an absolute path, e.g. unix:/run/clamav/clamd.ctl";
            return null;
        }
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            error = "use host:port (e.g. 127.0.0.1:3310) or unix:/path/to/clamd.ctl";
            return null;
        }
        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
            host = host[1..^1];
        else if (host.Contains(':'))
        {
            error = "write an IPv6 address in brackets, e.g. [::1]:3310";
            return null;
        }
        if (host.Length == 0 || host.StartsWith('/') || !BackendTransport.IsLocal(host))
        {
            error = "clamd speaks without encryption, so Lotse talks to it only on this machine: "
                + "127.0.0.1, ::1, localhost or a Unix socket (unix:/path). Run clamd on the Lotse server";
            return null;
        }
        return new ClamdAddress(host, port, null);
    }
}
