namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>A labelled field value of a form, in the text form the user sees.</summary>
public sealed record FieldValue(string Label, string? Value);

/// <summary>A field where the user's rejected input and the stored version differ (shown on the conflict page).</summary>
public sealed record FieldDifference(string Label, string? Yours, string? Stored)
{
    /// <summary>The fields whose values differ, in form order; both lists come from the same input type.</summary>
    public static IReadOnlyList<FieldDifference> Between(IReadOnlyList<FieldValue> yours, IReadOnlyList<FieldValue> stored) =>
        yours.Zip(stored)
            .Where(p => !string.Equals(Normal(p.First.Value), Normal(p.Second.Value), StringComparison.Ordinal))
            .Select(p => new FieldDifference(p.First.Label, p.First.Value, p.Second.Value))
            .ToList();

    private static string Normal(string? value) => string.IsNullOrWhiteSpace(value) ? "" : value.Trim().ReplaceLineEndings("\n");
}
