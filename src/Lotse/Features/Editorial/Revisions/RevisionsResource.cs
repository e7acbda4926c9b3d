namespace Lotse.Features.Editorial.Revisions;

/// <summary>Marker for the revision queue's texts (Resources/Features.Editorial.Revisions.RevisionsResource.resx).</summary>
public sealed class RevisionsResource;
