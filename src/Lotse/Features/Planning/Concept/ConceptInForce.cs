namespace Lotse.Features.Planning.Concept;

/// <summary>Which concept version is in force on a date: the latest one adopted on or before it.</summary>
public static class ConceptInForce
{
    public static T? On<T>(IEnumerable<T> versions, Func<T, DateOnly?> adoptedOn, DateOnly date) where T : class =>
        versions.Where(v => adoptedOn(v) is { } adopted && adopted <= date)
            .OrderByDescending(v => adoptedOn(v))
            .FirstOrDefault();

    /// <summary>An adopted concept counts for an application up to and including the same calendar day three years later
    /// (29 February + 3 years = 28 February).</summary>
    public static DateOnly ValidUntil(DateOnly adoptedOn) => adoptedOn.AddYears(3);

    public static bool IsValidOn(DateOnly adoptedOn, DateOnly date) => adoptedOn <= date && date <= ValidUntil(adoptedOn);
}
