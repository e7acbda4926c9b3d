using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Lotse.Features.Operations.Uploads;

/// <summary>
/// Asks clamd (ClamAV's daemon) about a file with its INSTREAM command: "zINSTREAM\0", then chunks of a 4-byte
/// big-endian length and the data, then a zero length; clamd replies with one NUL-terminated line.
/// Every failure to get a verdict (refused, timeout, broken connection, ERROR) is a <see cref="ClamdOutcome.Failed"/>
/// verdict, not an exception, so the caller can refuse the file; only the caller's own cancellation throws.
/// </summary>
public sealed class ClamdClient(ClamdAddress address, TimeSpan connectTimeout, TimeSpan scanTimeout)
{
    /// <summary>Bytes per INSTREAM chunk; far below clamd's StreamMaxLength, which limits the whole file.</summary>
    public const int ChunkSize = 64 * 1024;

    private const int MaxReplyBytes = 4096;

    public ClamdAddress Address => address;

    public async Task<ClamdVerdict> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        return await ExchangeAsync(async (stream, token) =>
        {
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), token);
            var buffer = new byte[4 + ChunkSize];
            int read;
            while ((read = await ReadChunkAsync(content, buffer.AsMemory(4, ChunkSize), token)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await stream.WriteAsync(buffer.AsMemory(0, 4 + read), token);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
            await stream.WriteAsync(buffer.AsMemory(0, 4), token);
            return ClamdVerdict.FromReply(await ReadReplyAsync(stream, token));
        }, cancellationToken);
    }

    /// <summary>True when clamd answers PING with PONG (used to wait for a starting daemon).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        var verdict = await ExchangeAsync(async (stream, token) =>
        {
            await stream.WriteAsync("zPING\0"u8.ToArray(), token);
            var reply = await ReadReplyAsync(stream, token);
            return reply.Trim() == "PONG" ? ClamdVerdict.Clean : ClamdVerdict.Failed("clamd answered: " + reply);
        }, cancellationToken);
        return verdict.Outcome == ClamdOutcome.Clean;
    }

    private async Task<ClamdVerdict> ExchangeAsync(Func<NetworkStream, CancellationToken, Task<ClamdVerdict>> talk, CancellationToken cancellationToken)
    {
        var endPoint = address.EndPoint;
        using var socket = address.SocketPath is not null
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                connect.CancelAfter(connectTimeout);
                try
                {
                    await socket.ConnectAsync(endPoint, connect.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    return ClamdVerdict.Failed($"no connection within {connectTimeout.TotalSeconds:0.#} s");
                }
            }
            using var scan = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            scan.CancelAfter(scanTimeout);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            try
            {
                return await talk(stream, scan.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ClamdVerdict.Failed($"no verdict within {scanTimeout.TotalSeconds:0.#} s");
            }
        }
        catch (SocketException e)
        {
            return ClamdVerdict.Failed($"connection failed ({e.SocketErrorCode})");
        }
        catch (IOException e)
        {
            // clamd closes the connection when a file exceeds its StreamMaxLength, sometimes before its ERROR line arrives.
            return ClamdVerdict.Failed("connection broken: " + ((e.InnerException as SocketException)?.SocketErrorCode.ToString() ?? e.Message));
        }
    }

    /// <summary>Fills the chunk as far as the content allows, so that chunks are full except the last.</summary>
    private static async Task<int> ReadChunkAsync(Stream content, Memory<byte> chunk, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < chunk.Length)
        {
            var read = await content.ReadAsync(chunk[total..], cancellationToken);
            if (read == 0)
                break;
            total += read;
        }
        return total;
    }

    /// <summary>One reply line, up to its NUL or the end of the connection.</summary>
    private static async Task<string> ReadReplyAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var reply = new List<byte>();
        var buffer = new byte[256];
        while (reply.Count < MaxReplyBytes)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
                break;
            var end = Array.IndexOf(buffer, (byte)0, 0, read);
            reply.AddRange(buffer.AsSpan(0, end < 0 ? read : end));
            if (end >= 0)
                break;
        }
        if (reply.Count == 0)
            throw new IOException("clamd closed the connection without a reply");
        return Encoding.UTF8.GetString(reply.ToArray());
    }
}
