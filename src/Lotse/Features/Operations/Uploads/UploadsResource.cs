namespace Lotse.Features.Operations.Uploads;

/// <summary>Marker for the upload gate's texts (Resources/Features.Operations.Uploads.UploadsResource.resx).</summary>
public sealed class UploadsResource;
