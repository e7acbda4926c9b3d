namespace Lotse.Features.Search;

/// <summary>The <c>Lotse:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Lotse:Search";

    /// <summary>How often the change log is read for new changes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a search waits for the first build of the index before it gives up.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many whole answers are kept per index generation (0 turns the answer cache off).</summary>
    public int AnswerCacheEntries { get; set; } = 512;
}
