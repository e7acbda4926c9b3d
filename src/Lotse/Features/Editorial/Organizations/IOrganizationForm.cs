namespace Lotse.Features.Editorial.Organizations;

/// <summary>What <c>_OrganizationFields.cshtml</c> needs from the create and the edit page.</summary>
public interface IOrganizationForm
{
    OrganizationInput Input { get; }
    OrganizationChoices Choices { get; }
}
