namespace Lotse.Features.Network;

/// <summary>Marker for the texts of the network pages (Resources/Features.Network.NetworkResource.resx).</summary>
public sealed class NetworkResource;
