namespace Lotse.Features.Network.Graph;

/// <summary>The network view's checked filters: actor type code, municipality and topic term (null: all).</summary>
public sealed record NetworkFilter(string? ActorType, Guid? MunicipalityId, Guid? TopicTermId);
