namespace Lotse.Features.OpenData;

/// <summary><c>Lotse:Api</c>: limits of the public API.</summary>
public sealed class ApiOptions
{
    public const string Section = "Lotse:Api";

    /// <summary>Requests per client address and minute on /api/*; 0 = no limit.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}
