namespace Lotse.Features.Overview.Nrw;

/// <summary>Marker for the NRW overview's texts (Resources/Features.Overview.Nrw.NrwResource.resx).</summary>
public sealed class NrwResource;
