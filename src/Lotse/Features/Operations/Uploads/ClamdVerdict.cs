namespace Lotse.Features.Operations.Uploads;

public enum ClamdOutcome
{
    Clean,
    Infected,
    /// <summary>No verdict: clamd unreachable, too slow, or it answered with an error.</summary>
    Failed,
}

/// <summary>clamd's answer about one file: clean, infected with <see cref="Signature"/>, or no answer and <see cref="Reason"/>.</summary>
public sealed record ClamdVerdict(ClamdOutcome Outcome, string? Signature = null, string? Reason = null)
{
    public static readonly ClamdVerdict Clean = new(ClamdOutcome.Clean);

    public static ClamdVerdict Infected(string signature) => new(ClamdOutcome.Infected, Signature: signature);

    public static ClamdVerdict Failed(string reason) => new(ClamdOutcome.Failed, Reason: reason);

    /// <summary>Reads clamd's reply to INSTREAM: "stream: OK", "stream: &lt;name&gt; FOUND" or "… ERROR".</summary>
    public static ClamdVerdict FromReply(string reply)
    {
        const string prefix = "stream: ";
        const string found = " FOUND";
        var text = reply.Trim();
        if (text == prefix + "OK")
            return Clean;
        if (text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith(found, StringComparison.Ordinal)
            && text.Length > prefix.Length + found.Length)
            return Infected(text[prefix.Length..^found.Length].Trim());
        // "INSTREAM size limit exceeded. ERROR", "stream: Can't allocate memory ERROR", or anything unexpected.
        return Failed("clamd answered: " + (text.Length > 200 ? text[..200] : text));
    }
}
