using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lotse.Features.Operations.Uploads;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Security;

/// <summary>ASVS 12.4.2: the INSTREAM client against a real clamd with a one-signature (EICAR) database.</summary>
[Collection(ClamdCollection.Name)]
public sealed class ClamdClientTests(ClamdServer clamd)
{
    private static Task<ClamdVerdict> ScanAsync(ClamdClient client, byte[] content) =>
        client.ScanAsync(new MemoryStream(content), CancellationToken.None);

    [SkippableFact]
    public async Task A_clean_file_is_OK()
    {
        clamd.SkipIfUnavailable();

        var verdict = await ScanAsync(clamd.Client(), Encoding.UTF8.GetBytes("Name;Beschreibung\nDeutschkurs;Montags um 18 Uhr\n"));

        Assert.Equal(ClamdVerdict.Clean, verdict);
    }

    [SkippableFact]
    public async Task The_EICAR_test_file_is_FOUND_with_the_signature_name()
    {
        clamd.SkipIfUnavailable();

        var verdict = await ScanAsync(clamd.Client(), ClamdServer.Eicar);

        Assert.Equal(ClamdOutcome.Infected, verdict.Outcome);
        Assert.StartsWith(ClamdServer.EicarSignature, verdict.Signature, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_file_of_several_chunks_reaches_clamd_whole_so_EICAR_across_a_chunk_border_is_found()
    {
        clamd.SkipIfUnavailable();
        var content = new byte[ClamdClient.ChunkSize * 3 + 1000];
        Array.Fill(content, (byte)'a');
        // Half the test string at the end of the second chunk, half at the start of the third.
        ClamdServer.Eicar.CopyTo(content, ClamdClient.ChunkSize * 2 - ClamdServer.Eicar.Length / 2);
        var clean = new byte[content.Length];
        Array.Fill(clean, (byte)'a');

        var infected = await ScanAsync(clamd.Client(), content);
        var whole = await ScanAsync(clamd.Client(), clean);

        Assert.Equal(ClamdOutcome.Infected, infected.Outcome);
        Assert.Equal(ClamdVerdict.Clean, whole);
    }

    [SkippableFact]
    public async Task The_Unix_socket_answers_like_the_TCP_port()
    {
        clamd.SkipIfUnavailable();
        var client = new ClamdClient(ClamdAddress.Parse("unix:" + clamd.SocketPath, out _)!, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));

        Assert.True(await client.PingAsync(CancellationToken.None));
        Assert.Equal(ClamdOutcome.Infected, (await ScanAsync(client, ClamdServer.Eicar)).Outcome);
        Assert.Equal(ClamdVerdict.Clean, await ScanAsync(client, "sauber"u8.ToArray()));
    }

    [SkippableFact]
    public async Task A_file_above_clamds_stream_limit_gets_no_verdict_instead_of_OK()
    {
        clamd.SkipIfUnavailable();
        var content = new byte[ClamdServer.StreamMaxBytes + ClamdClient.ChunkSize * 2];

        var verdict = await ScanAsync(clamd.Client(), content);

        Assert.Equal(ClamdOutcome.Failed, verdict.Outcome);
        Assert.NotNull(verdict.Reason);
    }

    [Fact]
    public async Task Nothing_listening_gives_a_failed_verdict_at_once()
    {
        var client = new ClamdClient(new ClamdAddress("127.0.0.1", ClamdServer.FreeLoopbackPort(), null), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));
        var watch = Stopwatch.StartNew();

        var verdict = await ScanAsync(client, ClamdServer.Eicar);

        Assert.Equal(ClamdOutcome.Failed, verdict.Outcome);
        Assert.Contains("ConnectionRefused", verdict.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.False(await client.PingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_scanner_that_accepts_but_never_answers_times_out()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = silent.AcceptTcpClientAsync();
        var client = new ClamdClient(new ClamdAddress("127.0.0.1", ((IPEndPoint)silent.LocalEndpoint).Port, null), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();

        var verdict = await ScanAsync(client, "sauber"u8.ToArray());

        Assert.Equal(ClamdOutcome.Failed, verdict.Outcome);
        Assert.Contains("no verdict within 1 s", verdict.Reason, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        (await accepted).Dispose();
    }

    [Theory]
    [InlineData("stream: OK", ClamdOutcome.Clean, null)]
    [InlineData("stream: Win.Test.EICAR_HDB-1 FOUND", ClamdOutcome.Infected, "Win.Test.EICAR_HDB-1")]
    [InlineData("INSTREAM size limit exceeded. ERROR", ClamdOutcome.Failed, null)]
    [InlineData("stream: Can't allocate memory ERROR", ClamdOutcome.Failed, null)]
    [InlineData("stream:  FOUND", ClamdOutcome.Failed, null)]
    [InlineData("UNKNOWN COMMAND", ClamdOutcome.Failed, null)]
    public void Replies_are_read_strictly_so_only_stream_OK_counts_as_clean(string reply, ClamdOutcome outcome, string? signature)
    {
        var verdict = ClamdVerdict.FromReply(reply);

        Assert.Equal(outcome, verdict.Outcome);
        Assert.Equal(signature, verdict.Signature);
    }
}
