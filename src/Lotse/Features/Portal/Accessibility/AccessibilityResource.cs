namespace Lotse.Features.Portal.Accessibility;

/// <summary>Marker for the texts of the Leichte Sprache page, the accessibility statement and its feedback form
/// (Resources/Features.Portal.Accessibility.AccessibilityResource.resx); German only.</summary>
public sealed class AccessibilityResource;
