namespace Lotse.Features.Editorial.Locations;

/// <summary>What <c>_LocationFields.cshtml</c> needs from the create and the edit page.</summary>
public interface ILocationForm
{
    LocationInput Input { get; }
    LocationChoices Choices { get; }
}
