using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Editorial;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Which municipalities' answer sets the caller may open and change: all for the KIZ, its own for Redaktion Kommune.</summary>
public sealed class SurveyAccess
{
    private readonly EditorialScope _scope;

    private SurveyAccess(EditorialScope scope) => _scope = scope;

    public static async Task<SurveyAccess> LoadAsync(LotseDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        new(await EditorialScope.LoadAsync(db, user, cancellationToken));

    public bool AnswersAll => _scope.EditsAll;

    public string Email => _scope.Email;

    public IReadOnlyList<Guid> MunicipalityIds => _scope.MunicipalityIds;

    public bool MayAnswer(Guid municipalityId) => _scope.EditsAll || _scope.MunicipalityIds.Contains(municipalityId);
}
