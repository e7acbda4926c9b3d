namespace Lotse.Features.Shared.Uploads;

/// <summary>Marker for the upload gate's texts (Resources/Features.Shared.Uploads.UploadsResource.resx).</summary>
public sealed class UploadsResource;
