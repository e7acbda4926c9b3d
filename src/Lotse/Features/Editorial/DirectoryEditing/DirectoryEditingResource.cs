namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>Marker for the texts of the organization, location, contact and term pages (Resources/Features.Editorial.DirectoryEditing.DirectoryEditingResource.resx).</summary>
public sealed class DirectoryEditingResource;
