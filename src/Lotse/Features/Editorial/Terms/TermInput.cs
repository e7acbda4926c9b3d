using System.Globalization;
using System.Text.RegularExpressions;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Terms;

/// <summary>The term form as posted. The code names the term in search URLs and exports, hence its narrow alphabet.</summary>
public sealed partial class TermInput
{
    public string? Label { get; set; }
    public string? Code { get; set; }
    public string? Description { get; set; }
    public string? SortOrder { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static TermInput From(TaxonomyTerm t) => new()
    {
        Label = t.Label,
        Code = t.Code,
        Description = t.Description,
        SortOrder = t.SortOrder.ToString(CultureInfo.InvariantCulture),
        ConcurrencyStamp = t.ConcurrencyStamp.ToString(),
    };

    /// <summary>The checked values, or null with the messages in <paramref name="errors"/>; <paramref name="codeTaken"/> says whether another term of the taxonomy has the code.</summary>
    public Values? Validate(FormErrors errors, Func<string, bool> codeTaken)
    {
        var label = errors.Text(nameof(Label), Label, 200, "Validation.Term.LabelRequired");
        var code = errors.Text(nameof(Code), Code, 80, "Validation.Term.CodeRequired");
        if (code is { Length: <= 80 } && !CodePattern().IsMatch(code))
            errors.Add(nameof(Code), "Validation.Term.CodeFormat");
        else if (code is { Length: <= 80 } && codeTaken(code))
            errors.Add(nameof(Code), "Validation.Term.CodeTaken", code);
        var description = errors.Text(nameof(Description), Description, 1000);
        var sortOrder = 0;
        if (FormText.Clean(SortOrder) is { } text && !(int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out sortOrder) && sortOrder is >= 0 and <= 100_000))
            errors.Add(nameof(SortOrder), "Validation.Term.SortOrder");
        return errors.Any ? null : new Values(label!, code!, description, sortOrder);
    }

    public sealed record Values(string Label, string Code, string? Description, int SortOrder)
    {
        public void ApplyTo(TaxonomyTerm t)
        {
            t.Label = Label;
            t.Code = Code;
            t.Description = Description;
            t.SortOrder = SortOrder;
        }
    }

    public IReadOnlyList<FieldValue> Readable(IStringLocalizer text) =>
    [
        new(text["Term.Label"], Label),
        new(text["Term.Code"], Code),
        new(text["Term.Description"], Description),
        new(text["Term.SortOrder"], SortOrder),
    ];

    [GeneratedRegex("^[a-z0-9_-]+$")]
    private static partial Regex CodePattern();
}
