namespace Lotse.Features.Editorial;

/// <summary>Marker for the back office's shared texts (Resources/Features.Editorial.EditorialResource.resx).</summary>
public sealed class EditorialResource;
