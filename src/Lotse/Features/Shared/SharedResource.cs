namespace Lotse.Features.Shared;

/// <summary>
/// Marker for the UI strings shared by the public pages (Resources/Features.Shared.SharedResource[.culture].resx).
/// The neutral file is German.
/// </summary>
public sealed class SharedResource;
