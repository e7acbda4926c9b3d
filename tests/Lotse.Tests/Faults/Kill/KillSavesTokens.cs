namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// One token per save: a letters-only word (one search term) that differs from every earlier token in at least five
/// of its eight middle letters and in at least three letters regardless of order (so at least three edits apart even
/// when shifted), so the search's typo tolerance (two edits at most) never takes one for another.
/// Seeded, so a failing run can be repeated exactly.
/// </summary>
internal sealed class KillSavesTokens(Random random)
{
    private readonly List<string> _issued = [];

    public string Next()
    {
        lock (_issued)
        {
            while (true)
            {
                var core = new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
                var token = $"zq{core}kv";
                if (_issued.All(t => Differences(t, token) >= 5 && LettersApart(t, token) >= 3))
                {
                    _issued.Add(token);
                    return token;
                }
            }
        }
    }

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);

    /// <summary>Letters of <paramref name="a"/> not matched by one of <paramref name="b"/>: a lower bound of the edit distance.</summary>
    private static int LettersApart(string a, string b)
    {
        var counts = new int[26];
        foreach (var c in a)
            counts[c - 'a']++;
        foreach (var c in b)
            counts[c - 'a']--;
        return counts.Where(n => n > 0).Sum();
    }
}
