namespace Lotse.Features.Search;

/// <summary>The index has not been built yet within the configured wait; endpoints answer 503 with the message.</summary>
public sealed class SearchUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
