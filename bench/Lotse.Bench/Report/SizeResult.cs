using Lotse.Bench.Corpus;
using Lotse.Bench.Measure;
using Lotse.Bench.Postgres;

namespace Lotse.Bench.Report;

internal sealed record LoadRow(string Subject, string Load, LatencyStats Stats);

internal sealed record QueryRow(string Label, string Kind, int? SearchTotal, int? PgTotal, LatencyStats? InProcess, LatencyStats? Postgres);

/// <summary>Everything one run measured at one corpus size.</summary>
internal sealed class SizeResult
{
    public required int Size { get; init; }
    public required CorpusInfo Corpus { get; init; }
    public long DatabaseBytes { get; set; }
    public long IndexBytes { get; set; }
    public TimeSpan? IndexBuild { get; set; }
    /// <summary>The rebuild alone, as the app logs it (without process start and catalog load).</summary>
    public TimeSpan? IndexRebuildLogged { get; set; }
    public long? BuildPeakRss { get; set; }
    public TimeSpan? StartToFirstAnswer { get; set; }
    public long? ServePeakRss { get; set; }
    public int ResponseBytes { get; set; }
    public PgLoadInfo? PgLoad { get; set; }
    public List<LoadRow> Rows { get; } = [];
    public List<QueryRow> Queries { get; } = [];
    public List<string> Notes { get; } = [];

    public LatencyStats? Row(string subject, string load) =>
        Rows.FirstOrDefault(r => r.Subject == subject && r.Load == load)?.Stats;
}
