namespace Lotse.Features.Editorial.Suggestions;

/// <summary>Maximum lengths of a suggestion's fields; the proposed ones match the offer's and location's columns.</summary>
public static class SuggestionLimits
{
    public const int Name = 300;
    public const int Description = 4000;
    public const int Phone = 50;
    public const int Email = 254;
    public const int Url = 500;
    public const int OpeningHours = 1000;
    public const int Street = 200;
    public const int PostalCode = 10;
    public const int City = 100;
    public const int Comment = 2000;
    public const int SubmitterName = 200;
    public const int DecisionNote = 2000;
}
