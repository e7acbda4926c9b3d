using Lotse.Features.Planning.Concept;

namespace Lotse.Features.Planning;

/// <summary>Services of the concept, council, participation and application areas.</summary>
public static class ConceptCouncilApplicationSetup
{
    public static IServiceCollection AddConceptCouncilApplication(this IServiceCollection services) =>
        services.AddSingleton<ConceptDocumentStore>()
            .AddScoped<Application.ApplicationDossierLoader>();
}
