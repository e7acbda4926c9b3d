namespace Lotse.Features.OpenData.Feeds;

/// <summary>Marker for the feeds' texts, in every portal language (Resources/Features.OpenData.Feeds.FeedsResource*.resx).</summary>
public sealed class FeedsResource;
