namespace Lotse.Features.Editorial.History;

/// <summary>Marker for the texts of versions and audit log (Resources/Features.Editorial.History.HistoryResource.resx).</summary>
public sealed class HistoryResource;
