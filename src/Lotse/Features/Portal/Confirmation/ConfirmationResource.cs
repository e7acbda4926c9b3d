namespace Lotse.Features.Portal.Confirmation;

/// <summary>Marker for the public confirmation page's texts (Resources/Features.Portal.Confirmation.ConfirmationResource.resx).</summary>
public sealed class ConfirmationResource;
