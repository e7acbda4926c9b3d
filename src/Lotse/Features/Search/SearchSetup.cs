using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Facets;
using Lotse.Features.Search.Indexing;
using Lotse.Features.Search.Querying;

namespace Lotse.Features.Search;

public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        services.AddSingleton(_ => SearchVocabulary.Load(SearchVocabulary.DataDirectory));
        services.AddSingleton(sp => new GermanSearchAnalyzer(sp.GetRequiredService<SearchVocabulary>().CompoundParts));
        services.AddSingleton(sp => new SynonymIndex(
            sp.GetRequiredService<GermanSearchAnalyzer>(), IndexFields.Text,
            sp.GetRequiredService<SearchVocabulary>().SynonymGroups, sp.GetRequiredService<SearchVocabulary>().Concepts));
        services.AddSingleton<SearchCatalog>();
        services.AddSingleton<SegmentFacetCache>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<OfferIndexer>();
        services.AddSingleton<TextQueryBuilder>();
        services.AddSingleton<SnippetBuilder>();
        services.AddSingleton<IOfferSearch, OfferSearch>();
        services.AddHostedService<IndexFollower>();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>(SearchIndexHealthCheck.Name);
        return services;
    }
}
