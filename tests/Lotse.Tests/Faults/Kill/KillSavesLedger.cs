namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// What the editors were told about each offer's saves, and so what the database may hold after a kill: the token of
/// the last acknowledged save, or of a save sent later whose answer the kill swallowed — never anything older, never
/// a refused save. Before the first acknowledged save the offer's original content (<c>null</c>) is allowed too.
/// </summary>
internal sealed class KillSavesLedger
{
    private readonly Dictionary<Guid, HashSet<string?>> _allowed = new();
    private readonly Dictionary<Guid, List<string>> _sent = new();
    private readonly Dictionary<Guid, string> _originalNames = new();
    private readonly Dictionary<Guid, string> _lastAcknowledged = new();
    private int _acknowledged;

    public KillSavesLedger(IReadOnlyDictionary<Guid, string> originalNames)
    {
        foreach (var (offer, name) in originalNames)
        {
            _originalNames[offer] = name;
            _allowed[offer] = [null];
            _sent[offer] = [];
        }
    }

    public IEnumerable<Guid> Offers => _allowed.Keys;
    public int AcknowledgedSaves => Volatile.Read(ref _acknowledged);

    public string OriginalName(Guid offer) => _originalNames[offer];

    /// <summary>Called before the post leaves: from now on the save may have been committed.</summary>
    public void Sending(Guid offer, string token)
    {
        lock (_allowed)
        {
            _sent[offer].Add(token);
            _allowed[offer].Add(token);
        }
    }

    public void Acknowledged(Guid offer, string token)
    {
        lock (_allowed)
        {
            _allowed[offer] = [token];
            _lastAcknowledged[offer] = token;
        }
        Interlocked.Increment(ref _acknowledged);
    }

    /// <summary>A 409: the save was refused, so its token must never show.</summary>
    public void Refused(Guid offer, string token)
    {
        lock (_allowed)
            _allowed[offer].Remove(token);
    }

    public string? LastAcknowledged(Guid offer)
    {
        lock (_allowed)
            return _lastAcknowledged.GetValueOrDefault(offer);
    }

    public IReadOnlySet<string?> Allowed(Guid offer)
    {
        lock (_allowed)
            return _allowed[offer].ToHashSet();
    }

    public bool IsToken(Guid offer, string? value)
    {
        lock (_allowed)
            return value is not null && _sent[offer].Contains(value);
    }

    /// <summary>Every token ever sent for the offer except <paramref name="current"/>: the search must not find the offer by them.</summary>
    public IReadOnlyList<string> StaleTokens(Guid offer, string? current)
    {
        lock (_allowed)
            return _sent[offer].Where(t => t != current).ToList();
    }

    /// <summary>After a check: what the database holds is the new starting point of the offer.</summary>
    public void Settle(Guid offer, string? current)
    {
        lock (_allowed)
            _allowed[offer] = [current];
    }
}
